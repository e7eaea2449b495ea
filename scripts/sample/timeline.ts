/**
 * The generator's calendar: the days of the data set with their demand (seasonality), the growth of
 * acquisition over time, and the text of each date, computed once so a million rows format fast.
 *
 * Demand multiplier of a day = month factor × weekday factor × event factor, rescaled to mean 1:
 * - months: a summer dip (July–August ≈ −18%), a January lull, a November–December peak;
 * - events: Black Friday to Cyber Monday ×2.3 (the four days from the day after the fourth Thursday
 *   of November), the week before it ×0.85 (shoppers wait), 1–20 December ×1.15, 24–26 December ×0.6;
 * - weekdays: Monday highest, Friday lowest (a common web-shop pattern).
 * New customers arrive with weight growth^years × demand^1.25: a growing shop whose peaks recruit
 * more than they sell to existing customers.
 */
import { dayFromIso, isoDate, weekday, ymdFromDay } from '../../src/metrics/calendar';

const MONTH_FACTORS = [0.88, 0.92, 1.0, 0.98, 0.97, 0.9, 0.82, 0.84, 0.98, 1.02, 1.1, 1.28];
/** Sunday … Saturday. */
const WEEKDAY_FACTORS = [1.04, 1.08, 1.02, 1.0, 0.98, 0.93, 0.95];
const PROMOTION_FACTOR = 2.3;
/** New customers per day grow by this factor a year. */
const ACQUISITION_GROWTH_PER_YEAR = 1.45;
const ACQUISITION_SEASON_EXPONENT = 1.25;

export interface Timeline {
  /** Day number (days since 1970-01-01) of day index 0. */
  readonly startDay: number;
  readonly dayCount: number;
  /** `YYYY-MM-DD` of each day index. */
  readonly dateText: readonly string[];
  /** Calendar year of each day index minus the first year (0, 1, 2 …): drives yearly price rises. */
  readonly yearOrdinal: Uint8Array;
  /** Month ordinal (0 = the first month of the data) of each day index. */
  readonly monthOrdinal: Int32Array;
  /** `YYYY-MM-01` of each month ordinal. */
  readonly monthText: readonly string[];
  /** 1 on Black Friday … Cyber Monday. */
  readonly promotion: Uint8Array;
  /** Demand multiplier per day, mean 1 over the range. */
  readonly demand: Float64Array;
  readonly peakDemand: number;
  /** Running sum of the acquisition weight per day (inverse-CDF sampling of first-purchase days). */
  readonly acquisitionCumulative: Float64Array;
}

function blackFridayDayOfMonth(year: number): number {
  const firstOfNovember = dayFromIso(`${year}-11-01`) ?? 0;
  const firstThursday = 1 + ((4 - weekday(firstOfNovember) + 7) % 7);
  return firstThursday + 21 + 1;
}

function eventFactor(month: number, dayOfMonth: number, blackFriday: number): { factor: number; promotion: boolean } {
  if (month === 11 && dayOfMonth >= blackFriday && dayOfMonth <= blackFriday + 3) return { factor: PROMOTION_FACTOR, promotion: true };
  if (month === 12 && dayOfMonth <= 2 && dayOfMonth + 30 <= blackFriday + 3) return { factor: PROMOTION_FACTOR, promotion: true };
  if (month === 11 && dayOfMonth >= blackFriday - 7 && dayOfMonth < blackFriday) return { factor: 0.85, promotion: false };
  if (month === 12 && dayOfMonth <= 20) return { factor: 1.15, promotion: false };
  if (month === 12 && dayOfMonth >= 24 && dayOfMonth <= 26) return { factor: 0.6, promotion: false };
  return { factor: 1, promotion: false };
}

/** The timeline from `startIso` to `endIso` (both `YYYY-MM-DD`, both included). */
export function buildTimeline(startIso: string, endIso: string): Timeline {
  const startDay = dayFromIso(startIso);
  const endDay = dayFromIso(endIso);
  if (startDay === null || endDay === null || endDay < startDay) {
    throw new Error(`invalid date range ${startIso} … ${endIso}`);
  }
  const dayCount = endDay - startDay + 1;
  const dateText: string[] = [];
  const yearOrdinal = new Uint8Array(dayCount);
  const monthOrdinal = new Int32Array(dayCount);
  const monthText: string[] = [];
  const promotion = new Uint8Array(dayCount);
  const demand = new Float64Array(dayCount);
  const firstYear = ymdFromDay(startDay).year;
  let blackFridayYear = -1;
  let blackFriday = 0;
  let demandTotal = 0;
  for (let index = 0; index < dayCount; index++) {
    const day = startDay + index;
    const { year, month, day: dayOfMonth } = ymdFromDay(day);
    if (year !== blackFridayYear) {
      blackFridayYear = year;
      blackFriday = blackFridayDayOfMonth(year);
    }
    dateText.push(isoDate(day));
    yearOrdinal[index] = year - firstYear;
    if (index === 0 || dayOfMonth === 1) monthText.push(`${isoDate(day).slice(0, 7)}-01`);
    monthOrdinal[index] = monthText.length - 1;
    const event = eventFactor(month, dayOfMonth, blackFriday);
    promotion[index] = event.promotion ? 1 : 0;
    const value = (MONTH_FACTORS[month - 1] ?? 1) * (WEEKDAY_FACTORS[weekday(day)] ?? 1) * event.factor;
    demand[index] = value;
    demandTotal += value;
  }
  const demandMean = demandTotal / dayCount;
  let peakDemand = 0;
  const acquisitionCumulative = new Float64Array(dayCount);
  let acquisitionTotal = 0;
  for (let index = 0; index < dayCount; index++) {
    const value = (demand[index] ?? 1) / demandMean;
    demand[index] = value;
    peakDemand = Math.max(peakDemand, value);
    acquisitionTotal += Math.pow(ACQUISITION_GROWTH_PER_YEAR, index / 365.25) * Math.pow(value, ACQUISITION_SEASON_EXPONENT);
    acquisitionCumulative[index] = acquisitionTotal;
  }
  return { startDay, dayCount, dateText, yearOrdinal, monthOrdinal, monthText, promotion, demand, peakDemand, acquisitionCumulative };
}
