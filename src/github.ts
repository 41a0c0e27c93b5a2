/**
 * The GitHub API client, bundled on its own as dist/github.js: Octokit and the HTTP stack under it
 * (undici, about 400 KiB) are loaded only when the Action talks to the API (a pull request comment,
 * base-branch files), not on every start. See scripts/build.mjs.
 */
export { context, getOctokit } from '@actions/github';
