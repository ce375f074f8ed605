/**
 * Testing Library's waits (`waitFor`, `findBy…`) give up after one second by default. The islands
 * load parts on demand (the SMART builder, the audit's results, the engine) and `npm test` runs
 * these tests while the build and the browser tests share both cores: an import can take longer
 * than a second there without anything being wrong. Five seconds, as the explicit waits here use.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5000 });
