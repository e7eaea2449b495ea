import { t } from '../i18n/messages';
import { useAppStore } from '../store/store';

/** Problems with uploaded files: what went wrong, and a reminder that nothing was lost. */
export function ProblemBanner() {
  const problems = useAppStore((s) => s.problems);
  const dismiss = useAppStore((s) => s.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="problem" role="alert">
      <strong>{t('problem.title')}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
      <p>{t('problem.kept')}</p>
      <button type="button" className="button button--secondary" onClick={dismiss}>
        {t('problem.dismiss')}
      </button>
    </div>
  );
}
