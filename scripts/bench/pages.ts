/**
 * The bench's interaction pages (./run.ts measures them, ./trace.ts traces them): what is typed
 * or clicked on each, and the controls without script: a page of three fields, and the SMART
 * checker's and the dashboard's pages copied without their scripts (./noscript.ts).
 */
import type { InteractionStep } from './interactions.ts';
import { NOSCRIPT_PATH, type NoscriptCopy } from './noscript.ts';

type Lang = 'fr' | 'en';

interface InteractionSpec {
  id: string;
  label: string;
  path: (lang: Lang) => string;
  steps: (lang: Lang) => InteractionStep[];
  /** A control: the real page copied without its scripts (./noscript.ts), written before the runs. */
  copy?: (lang: Lang) => NoscriptCopy;
}

/** Whether a page is a control (no script of its own): its result is not expected to change. */
export const isControl = (spec: { id: string; copy?: unknown }) => spec.id === 'control' || spec.copy !== undefined;

const smartSteps = (l: Lang): InteractionStep[] => [
  {
    selector: 'textarea[name="objective"], main textarea',
    text:
      l === 'fr'
        ? 'Augmenter le taux d’engagement de 2 % à 4 % sur Instagram d’ici le 31 décembre 2026'
        : 'Increase our Instagram engagement rate from 2% to 4% by 31 December 2026',
  },
];

/**
 * What a visitor does with the dashboard's totals once the export is read: open the list of
 * columns, take the cost column out and put it back (every total is recomputed on the page's
 * thread), open the best and worst posts, save in the browser.
 */
const dashboardSteps: InteractionStep[] = [
  { kind: 'click', selector: 'details.dash-map > summary' },
  // The cost column's list: Home is "(not used)", End is "Cost" (the last field).
  { kind: 'keys', selector: '#dash-map-1-10', keys: ['Home', 'End'] },
  { kind: 'click', selector: 'details.dash-ranks > summary' },
  { kind: 'click', selector: '.dash-keep button.secondary' },
];

/**
 * A page with no script at all, typed into the same way: its worst interaction is what the
 * browser and the machine cost by themselves (the noise floor of the measurement).
 */
export const CONTROL_PATH = '/__bench/control/';
export const CONTROL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench control</title></head>
<body><main><h1>Control: no script</h1>
<label>Impressions <input name="impressions" inputmode="decimal"></label>
<label>Clicks <input name="clicks" inputmode="decimal"></label>
<label>Objective <textarea name="objective" rows="3" spellcheck="true"></textarea></label>
</main></body></html>
`;

/** The interaction pages; `dashboardExport`: the bench's 5,000-row export (./dashboard.ts, `writeBenchExport`). */
export function interactionSpecs(dashboardExport: string): InteractionSpec[] {
  return [
    {
      id: 'control',
      label: 'Control (plain inputs, no script)',
      path: () => CONTROL_PATH,
      steps: () => [
        { selector: 'input[name="impressions"]', text: '12500' },
        { selector: 'input[name="clicks"]', text: '340' },
        {
          selector: 'textarea[name="objective"]',
          text: 'Increase our Instagram engagement rate from 2% to 4% by 31 December 2026',
        },
      ],
    },
    {
      id: 'calculator',
      label: 'Calculator (CTR)',
      path: (l) => `/${l}/tools/ctr/`,
      steps: () => [
        { selector: 'input[name="impressions"]', text: '12500' },
        { selector: 'input[name="clicks"]', text: '340' },
      ],
    },
    {
      id: 'smart',
      label: 'SMART checker',
      path: (l) => `/${l}/tools/smart/`,
      steps: smartSteps,
    },
    {
      // The bench's 5,000-row export (./dashboard.ts) given to the picker (not measured), then
      // `dashboardSteps`.
      id: 'dashboard',
      label: 'Dashboard (5,000-row export)',
      path: (l) => `/${l}/tools/dashboard/`,
      steps: () => [
        { kind: 'files', selector: '#dash-files', paths: [dashboardExport], ready: 'output[data-kpi][data-value]' },
        ...dashboardSteps,
      ],
    },
    {
      id: 'smart-noscript',
      label: 'Control: the SMART checker page without its scripts',
      path: (l) => `${NOSCRIPT_PATH}smart/${l}/`,
      steps: smartSteps,
      copy: (l) => ({ of: `/${l}/tools/smart/`, prepare: [] }),
    },
    {
      // The copy is taken once the export is read: the list of columns is closed and empty, as in
      // the real page, whose script makes its lists when it opens. So the choices in those lists
      // are not made here; every other click is, and each asks the copy for no more than the
      // real page (an empty list of columns opening, the best posts opening, a button pressed).
      id: 'dashboard-noscript',
      label: 'Control: the dashboard page without its scripts (5,000-row export read)',
      path: (l) => `${NOSCRIPT_PATH}dashboard/${l}/`,
      steps: () => dashboardSteps.filter((step) => !('kind' in step && step.kind === 'keys')),
      copy: (l) => ({
        of: `/${l}/tools/dashboard/`,
        prepare: [
          { kind: 'files', selector: '#dash-files', paths: [dashboardExport], ready: 'output[data-kpi][data-value]' },
        ],
      }),
    },
  ];
}
