import { useId, useState, type ReactNode } from 'react';
import { t } from '../../i18n/messages';
import { ChartBox } from './ChartBox';

/**
 * A chart with its title, exposed to assistive technology as one image with a label, and the
 * numbers behind it as a table: always in the accessibility tree, shown on screen with the
 * "Show as table" toggle; or always shown (`tableAlwaysShown`) when the table holds controls, such
 * as click-through buttons, that must never sit in an invisible region.
 */
export function ChartFigure(props: { title: string; chart: ReactNode; table: ReactNode; note?: string; tableAlwaysShown?: boolean }) {
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure">
      <figcaption className="chart-title">{props.title}</figcaption>
      <ChartBox label={props.title}>{props.chart}</ChartBox>
      {props.note && <p className="chart-note">{props.note}</p>}
      {props.tableAlwaysShown ? (
        <div className="chart-figure__table">{props.table}</div>
      ) : (
        <>
          <button type="button" className="link-button chart-figure__toggle" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown((shown) => !shown)}>
        {tableShown ? t('panels.hideTable') : t('panels.showTable')}
      </button>
          <div id={tableId} className={tableShown ? 'chart-figure__table' : 'visually-hidden'}>
            {props.table}
          </div>
        </>
      )}
    </figure>
  );
}
