import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { workerClient } from './worker/client';
import { warmUpFormatters } from './i18n/warmUp';
import { warmUpCharts } from './ui/charts/warmUpCharts';
import './styles.css';

const client = workerClient();
const autoloadSample = new URLSearchParams(window.location.search).has('demo');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} autoloadSample={autoloadSample} />
  </StrictMode>,
);

// Made while the page is idle, not in the first drawing of a dashboard.
warmUpFormatters();
warmUpCharts();
