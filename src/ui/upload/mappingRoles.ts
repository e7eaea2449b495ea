/** The target fields the mapping screen offers per kind of file, and how a choice changes one. */
import type { MessageKey } from '../../i18n/messages';
import type { FileInspection, FileKind, OrderMapping, SideMapping } from '../../ingest/types';
import type { LoadChoice } from '../../worker/loadChoice';

type OrderField = Exclude<keyof OrderMapping, 'attributes' | 'customerIdFallback' | 'cancelledAt'>;

export type RoleField = { of: 'orders'; role: OrderField; label: MessageKey } | { of: 'side'; role: keyof SideMapping; label: MessageKey };

const order = (role: OrderField, label: MessageKey): RoleField => ({ of: 'orders', role, label });
const side = (role: keyof SideMapping, label: MessageKey): RoleField => ({ of: 'side', role, label });

/** Orders: the fields of src/ingest/orderMapping.ts; side files: the roles of src/ingest/sideMapping.ts per kind. */
export const ROLE_FIELDS: Readonly<Record<FileKind, readonly RoleField[]>> = {
  orders: [
    order('orderId', 'mapping.role.orderId'),
    order('customerId', 'mapping.role.customerId'),
    order('date', 'mapping.role.orderDate'),
    order('amount', 'mapping.role.amount'),
    order('quantity', 'mapping.role.quantity'),
    order('unitPrice', 'mapping.role.unitPrice'),
    order('refundedAmount', 'mapping.role.refundedAmount'),
    order('status', 'mapping.role.status'),
    order('cost', 'mapping.role.cost'),
  ],
  surveys: [
    side('score', 'mapping.role.score'),
    side('customerId', 'mapping.role.customerId'),
    side('date', 'mapping.role.date'),
    side('surveyKind', 'mapping.role.surveyKind'),
    side('comment', 'mapping.role.comment'),
  ],
  spend: [side('date', 'mapping.role.date'), side('channel', 'mapping.role.channel'), side('amount', 'mapping.role.spend')],
  events: [side('customerId', 'mapping.role.customerId'), side('stage', 'mapping.role.stage'), side('date', 'mapping.role.date')],
};

export const FILE_KINDS: readonly FileKind[] = ['orders', 'surveys', 'spend', 'events'];

/** The column the inspection maps to a field (the detected one, with the choice applied). */
export function columnFor(inspection: FileInspection, field: RoleField): string | null {
  if (field.of === 'orders') return inspection.mapping?.[field.role] ?? null;
  return inspection.sideMapping?.[field.role] ?? null;
}

/** The choice with one field pointed at another column (null: not in this file). */
export function withColumn(choice: LoadChoice, field: RoleField, column: string | null): LoadChoice {
  if (field.of === 'orders') return { ...choice, mapping: { ...choice.mapping, [field.role]: column } };
  return { ...choice, sideMapping: { ...choice.sideMapping, [field.role]: column } };
}

/** Another kind: the columns are detected afresh for it (a mapping of one kind means nothing for another). */
export function withKind(choice: LoadChoice, kind: FileKind): LoadChoice {
  return { kind, ...(choice.sheet !== undefined ? { sheet: choice.sheet } : {}) };
}

/** Another sheet: another header, so kind and columns are detected afresh. */
export function withSheet(sheet: string): LoadChoice {
  return { sheet };
}

/** The day/month order must be chosen before loading when the values cannot decide it. */
export function needsDateOrder(inspection: FileInspection, choice: LoadChoice): boolean {
  return inspection.dateOrder === 'ambiguous' && choice.dateOrder === undefined;
}
