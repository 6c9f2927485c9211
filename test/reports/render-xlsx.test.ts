import ExcelJS from 'exceljs';
import {describe, expect, it, vi} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {buildReportContent} from '../../source/reports/report-content.js';
import {reportPayload} from '../../source/reports/report-payload.js';
import {resolveTemplate} from '../../source/reports/report-template.js';
import {renderXlsx} from '../../source/reports/render-xlsx.js';
import {demoEngine} from '../insights/demo-engine.js';

// The demo's first report reads weeks of history with a cold cache: slow on a loaded machine, never a hang.
vi.setConfig({testTimeout: 120_000});

describe('the XLSX report', () => {
	it('holds a sheet per view whose amounts read back as numbers with a currency format', async () => {
		const content = await buildReportContent(demoEngine({}, '2026-11-20' as IsoDate), {
			scope: {source: 'demo'},
			label: 'demo',
			template: resolveTemplate('weekly'),
			metric: 'UnblendedCost',
			budgets: [{name: 'Whole bill', monthlyAmount: 1000, scope: {}}],
		});
		const report = reportPayload(content);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await renderXlsx(report)) as never);
		expect(workbook.worksheets.map(sheet => sheet.name)).toEqual(['Summary', 'Daily', 'Movers', 'Anomalies', 'Budgets']);

		const daily = workbook.getWorksheet('Daily')!;
		expect(daily.getRow(1).values).toEqual([undefined, 'Date', 'Cost']);
		expect(daily.rowCount).toBe(1 + report.daily.length);
		const firstDay = daily.getRow(2);
		expect(firstDay.getCell(1).value).toBe(report.daily[0]!.date);
		expect(firstDay.getCell(2).type).toBe(ExcelJS.ValueType.Number);
		expect(firstDay.getCell(2).value).toBe(report.daily[0]!.amount);
		expect(firstDay.getCell(2).numFmt).toContain('"$"#,##0.00');

		const movers = workbook.getWorksheet('Movers')!;
		const top = movers.getRow(2);
		expect(top.getCell(1).value).toBe(report.movers[0]!.service);
		for (const column of [2, 3, 4]) {
			expect(top.getCell(column).type).toBe(ExcelJS.ValueType.Number);
			expect(top.getCell(column).numFmt).toContain('"$"');
		}
		expect(top.getCell(4).value).toBe(report.movers[0]!.change);

		const summary = workbook.getWorksheet('Summary')!;
		const totalRow = summary.getRows(1, summary.rowCount)!.find(row => row.getCell(1).value === 'Total')!;
		expect(totalRow.getCell(2).value).toBe(report.total);
		expect(totalRow.getCell(2).type).toBe(ExcelJS.ValueType.Number);

		const anomalies = workbook.getWorksheet('Anomalies')!;
		expect(anomalies.rowCount).toBe(1 + report.anomalies.length);
		expect(anomalies.getRow(2).getCell(8).value).toBe(report.anomalies[0]!.impact);
		const budgets = workbook.getWorksheet('Budgets')!;
		expect(budgets.getRow(2).values).toEqual([undefined, 'Whole bill', 1000, report.budgets[0]!.spent, report.budgets[0]!.projected, report.budgets[0]!.percentUsed, 'exceeded', report.budgets[0]!.message]);
	});
});
