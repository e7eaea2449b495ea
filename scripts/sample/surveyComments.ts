/**
 * Free-text survey comments by language and sentiment, written for the demo. A few carry a comma,
 * double quotes or a line break on purpose: real exports do, and the CSV must quote them.
 */
import type { CommentLanguage } from './shop';

export type Sentiment = 'positive' | 'neutral' | 'negative';

export const COMMENTS: Record<CommentLanguage, Record<Sentiment, readonly string[]>> = {
  en: {
    positive: [
      'Best beans I have had in years.',
      'Fast delivery and lovely packaging.',
      'The House Blend is my daily cup, thank you!',
      'Great coffee, and the "Tasting Gift Box" was a hit.',
      'Friendly support and a very fresh roast.',
    ],
    neutral: [
      'Good coffee but shipping was slow.',
      'Fine, although the website is a bit confusing.',
      'Decent. Prices went up though.',
      'OK.\nWould like more decaf options.',
    ],
    negative: [
      'My order arrived late and the bag was torn.',
      'Too expensive for what you get.',
      'Refund took three weeks, never again.',
      'Grinder stopped working after a month; support did not reply.',
    ],
  },
  fa: {
    positive: ['قهوه عالی بود، ممنون از ارسال سریع', 'بسته‌بندی خیلی زیبا بود', 'بهترین چای ایرانی که خریده‌ام'],
    neutral: ['کیفیت خوب بود ولی ارسال کمی طول کشید', 'قیمت‌ها کمی بالاست'],
    negative: ['سفارشم دیر رسید و بسته آسیب دیده بود', 'پشتیبانی به پیامم پاسخ نداد'],
  },
  ar: {
    positive: ['قهوة ممتازة وتوصيل سريع', 'التغليف جميل جداً، شكراً', 'أفضل شاي بالنعناع جربته'],
    neutral: ['المنتج جيد لكن الشحن تأخر قليلاً', 'الأسعار مرتفعة بعض الشيء'],
    negative: ['وصل الطلب متأخراً والعبوة تالفة', 'لم يرد فريق الدعم على رسالتي'],
  },
};
