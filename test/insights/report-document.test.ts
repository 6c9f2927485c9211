import {describe, expect, it} from 'vitest';
import {type ScopedReport, renderReports} from '../../source/insights/format/report-document.js';

const hostile: ScopedReport = {
	label: 'demo',
	json: {},
	document: {
		heading: 'Anomalies (demo)',
		sentences: ['=evil\u001B[2J spiked\u001B]0;title\u0007.'],
		tables: [{header: ['Group', 'Impact'], numeric: [false, true], rows: [['a|b\u001B[31m', '+$1.00']]}],
		notes: [],
	},
	data: {header: ['group', 'impact'], rows: [['=HYPERLINK("http://x")', -1.5]]},
};

describe('insight reports: what reaches a terminal or a spreadsheet', () => {
	it('CSV: text cells cannot start a formula, numbers keep their sign', () => {
		expect(renderReports([hostile], 'csv')).toBe(`group,impact\n"'=HYPERLINK(""http://x"")",-1.5\n`);
	});
	it.each(['table', 'markdown'] as const)('%s: no escape sequence survives', format => {
		const text = renderReports([hostile], format);
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
		expect(text).toContain('spiked');
	});
	it('Markdown: a pipe in a cell does not split the row', () => {
		expect(renderReports([hostile], 'markdown')).toContain('| a\\|b | +$1.00 |');
	});
});
