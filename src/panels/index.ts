/**
 * The analysis panels, in the order the dashboard shows them (after the overview and cohorts).
 * App.tsx mounts them; each owns its metrics and states.
 */
import type { JSX } from 'react';
import type { MessageKey } from '../i18n/messages';
import { ChurnPanel } from './churn/ChurnPanel';
import { LifecyclePanel } from './lifecycle/LifecyclePanel';
import { PredictivePanel } from './predictive/PredictivePanel';
import { RfmPanel } from './rfm/RfmPanel';
import { SurveysPanel } from './surveys/SurveysPanel';
import { ValuePanel } from './value/ValuePanel';
import './panels.css';

export interface AnalysisPanel {
  /** The panel's section id (PanelFrame id: the page anchor). */
  id: string;
  titleKey: MessageKey;
  Component: () => JSX.Element;
}

export const ANALYSIS_PANELS: AnalysisPanel[] = [
  { id: 'churn', titleKey: 'churn.title', Component: ChurnPanel },
  { id: 'value', titleKey: 'value.title', Component: ValuePanel },
  { id: 'rfm', titleKey: 'rfm.title', Component: RfmPanel },
  { id: 'surveys', titleKey: 'surveys.title', Component: SurveysPanel },
  { id: 'lifecycle', titleKey: 'lifecycle.title', Component: LifecyclePanel },
  { id: 'predictive', titleKey: 'predictive.title', Component: PredictivePanel },
];
