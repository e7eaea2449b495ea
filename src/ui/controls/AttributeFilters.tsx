import type { KeyboardEvent } from 'react';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../store/store';
import { attributeLabel, attributeValueLabel, filterOrder } from './attributeLabels';

/** The ticked values of one attribute (own properties only: a column may be called "constructor"). */
function chosenValues(attributes: Readonly<Record<string, readonly string[]>> | undefined, name: string): readonly string[] | undefined {
  return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}

interface Attribute {
  name: string;
  values: string[];
}

/** One attribute's values as checkboxes in a disclosure; nothing ticked = no filter on it. */
function AttributeFilter({ attribute }: { attribute: Attribute }) {
  const chosen = useAppStore((s) => chosenValues(s.filters.attributes, attribute.name));
  const setFilters = useAppStore((s) => s.setFilters);
  const label = attributeLabel(attribute.name);
  const toggle = (value: string, on: boolean) => {
    const current = useAppStore.getState().filters.attributes;
    const values = (chosenValues(current, attribute.name) ?? []).filter((v) => v !== value);
    if (on) values.push(value);
    // Entries, not property writes: a column may be called "constructor" or "__proto__".
    const others = Object.entries(current ?? {}).filter(([name]) => name !== attribute.name);
    const next = values.length > 0 ? [...others, [attribute.name, attribute.values.filter((v) => values.includes(v))] as const] : others;
    setFilters({ attributes: next.length > 0 ? Object.fromEntries(next) : undefined });
  };
  const summary = chosen && chosen.length > 0 ? t('controls.filterSummary.some', { name: label, count: chosen.length }) : t('controls.filterSummary.all', { name: label });
  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className="filter" onKeyDown={closeOnEscape}>
      <summary>{summary}</summary>
      <fieldset className="filter__values">
        <legend className="visually-hidden">{label}</legend>
        {attribute.values.map((value) => (
          <label key={value}>
            <input type="checkbox" checked={chosen?.includes(value) ?? false} onChange={(event) => toggle(value, event.target.checked)} /> {attributeValueLabel(value)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Filters by the attributes of each customer's first purchase (channel, country, …). */
export function AttributeFilters({ attributes }: { attributes: readonly Attribute[] }) {
  if (attributes.length === 0) return null;
  const sorted = [...attributes].sort((a, b) => filterOrder(a.name, b.name));
  return (
    <div className="control-group control-group--filters" role="group" aria-label={t('controls.filters')}>
      {sorted.map((attribute) => (
        <AttributeFilter key={attribute.name} attribute={attribute} />
      ))}
    </div>
  );
}
