// Generates the Action's input and output tables in README.md from action.yml, between the markers
// <!-- action-docs:start --> and <!-- action-docs:end -->. `node scripts/action-docs.mjs --check` fails
// when README.md is out of date (the test suite runs the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';

const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

export function renderActionDocs(actionYml) {
  const action = load(actionYml);
  const cell = (text) =>
    String(text ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  const lines = ['| input | default | description |', '| --- | --- | --- |'];
  for (const [name, input] of Object.entries(action.inputs ?? {}))
    lines.push(
      `| \`${name}\` | ${input.default === '' || input.default === undefined ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
    );
  lines.push('', '| output | description |', '| --- | --- |');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return `${START}\n${lines.join('\n')}\n${END}`;
}

export function updateReadme(readme, actionYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md has no action-docs markers.');
  return `${readme.slice(0, start)}${renderActionDocs(actionYml)}${readme.slice(end + END.length)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = updateReadme(readme, readFileSync('action.yml', 'utf8'));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md is out of date with action.yml: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else writeFileSync('README.md', updated);
}
