/// <reference lib="webworker" />
/** The Web Worker entry: the only place that holds the order tables in the browser. */
import * as Comlink from 'comlink';
import { Engine } from './engine';

Comlink.expose(new Engine());
