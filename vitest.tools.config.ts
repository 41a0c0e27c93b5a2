import base from './vitest.config.js';

/** `npm run test:tools`: tests that run scanners installed from Debian (flawfinder, bandit). */
export default {
  ...base,
  test: { ...base.test, include: ['test/tools/**/*.tools.ts'] },
};
