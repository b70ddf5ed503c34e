// SPDX-License-Identifier: GPL-3.0-or-later
// Runs OpenActive's RPDE validator (@openactive/rpde-validator, from npm) against a feed
// URL and prints its report: one line per problem, "severity|type|message|url".
// Exit code 0 when the validator finished; the caller decides what counts as a failure.
// Usage: node validate.cjs VALIDATOR_DIR FEED_URL
const [, , library, url] = process.argv;
const { RpdeValidator } = require(library);
RpdeValidator(url, { logCallback: () => {}, requestDelayMs: 0, timeoutMs: 10000, pageLimit: 20 })
    .then((result) => {
        const problems = [];
        for (const page of result.pages || []) {
            for (const e of page.errors || []) {
                const d = e.data || e;
                problems.push([d.severity, d.type, (d.message || '').replace(/\s+/g, ' '), page.url].join('|'));
            }
        }
        console.log('pages|' + (result.pages || []).length);
        console.log(problems.join('\n'));
    })
    .catch((error) => {
        console.error('the validator failed: ' + (error && error.stack || error));
        process.exit(2);
    });
