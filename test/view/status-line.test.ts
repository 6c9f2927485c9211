import {describe, expect, test} from 'vitest';
import {splitRow, statusRows} from '../../source/view/status-line.js';

const spend = 'cache hits 3 · requests 12 ($0.12)';
const hints = '? help · Enter drill · Backspace back · [] period · q quit';

describe('status rows', () => {
	test('a short message takes the first row, with the chat label beside it; hints and spend share the second', () => {
		const rows = statusRows({width: 100, message: 'Up to date', aside: 'chat: offline parser', hints, spend});
		expect(rows).toMatchObject({first: 'Up to date', second: '', aside: 'chat: offline parser', hints, spend});
	});

	test('a message is never cut to make room for the spend or the chat label', () => {
		const message = `Exported to /home/someone/projects/costs/aws-cost-20261127-151910.csv`;
		const rows = statusRows({width: 100, message, aside: 'chat: offline parser (Ollama not running)', hints, spend});
		expect(rows.first).toBe(message);
		expect(rows.aside).toBe('');
	});

	test('a message longer than the row wraps onto the second, beside the spend while it fits, else over the whole row', () => {
		const message = 'Exported to /home/someone/projects/a-rather-long-directory-name/aws-cost-20261127-151910.csv';
		const rows = statusRows({width: 60, message, aside: '', hints, spend});
		expect(`${rows.first}${rows.second}`).toBe(message);
		expect(rows.spend).toBe('');
		const roomy = statusRows({width: 70, message: 'Previous period: Cost Explorer is throttling requests; the change column waits for it.', aside: '', hints, spend});
		expect(`${roomy.first} ${roomy.second}`).toBe('Previous period: Cost Explorer is throttling requests; the change column waits for it.');
		expect(roomy.spend).toBe(spend);
		expect(roomy.hints).toBe('');
		const tooLong = statusRows({width: 20, message, aside: '', hints, spend});
		expect(tooLong.second.endsWith('…')).toBe(true);
		expect([...tooLong.second].length).toBe(20);
	});

	test('a path with no spaces is broken anywhere', () => {
		expect(splitRow('/a/very/long/path/without/spaces.csv', 10)).toEqual(['/a/very/lo', 'ng/path/without/spaces.csv']);
		expect(splitRow('short', 10)).toEqual(['short', '']);
	});

	test('hints are cut to the room left of the spend', () => {
		const rows = statusRows({width: 60, message: 'Up to date', aside: '', hints, spend});
		expect([...rows.hints].length + 1 + [...rows.spend].length).toBeLessThanOrEqual(60);
		expect(rows.hints.endsWith('…')).toBe(true);
	});
});
