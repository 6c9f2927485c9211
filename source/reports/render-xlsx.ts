import type {Worksheet} from 'exceljs';
import {namedExports} from '../module-interop.js';
import type {ReportPayload} from './report-payload.js';

/** Excel's currency format in dollars, negatives in parentheses; other units get plain two decimals. */
const CURRENCY_FORMAT = '"$"#,##0.00;[Red]-"$"#,##0.00';
const PERCENT_FORMAT = '0.0"%"';

type Cell = string | number | null;

interface SheetColumn {
	readonly header: string;
	readonly width: number;
	readonly format?: 'money' | 'percent';
}

function addSheet(workbook: {addWorksheet(name: string): Worksheet}, name: string, columns: readonly SheetColumn[], rows: readonly (readonly Cell[])[], unit: string): void {
	const sheet = workbook.addWorksheet(name);
	sheet.columns = columns.map(column => ({header: column.header, width: column.width}));
	sheet.getRow(1).font = {bold: true};
	for (const row of rows) sheet.addRow([...row]);
	columns.forEach((column, index) => {
		if (column.format === undefined) return;
		const numFmt = column.format === 'percent' ? PERCENT_FORMAT : unit === 'USD' ? CURRENCY_FORMAT : '#,##0.00';
		sheet.getColumn(index + 1).numFmt = numFmt;
	});
	sheet.views = [{state: 'frozen', ySplit: 1}];
}

/**
 * The report as an XLSX workbook, a sheet per view (summary, daily, movers,
 * anomalies, budgets): amounts are numbers with a currency format, dates
 * ISO text, so a spreadsheet sums them without retyping.
 */
export async function renderXlsx(report: ReportPayload): Promise<Buffer> {
	const {Workbook} = namedExports(await import('exceljs'));
	const workbook = new Workbook();
	workbook.creator = 'aws-cost';
	const unit = report.unit;
	addSheet(
		workbook,
		'Summary',
		[{header: 'Item', width: 28}, {header: 'Value', width: 40}],
		[
			['Report', report.title],
			['Scope', report.scope],
			['Metric', report.metric],
			['Period start', report.period.start],
			['Period end (exclusive)', report.period.end],
			['Comparison start', report.comparison?.start ?? null],
			['Comparison end (exclusive)', report.comparison?.end ?? null],
		],
		unit,
	);
	const summary = workbook.getWorksheet('Summary')!;
	const figure = (label: string, value: number | null, format: string) => {
		const row = summary.addRow([label, value]);
		row.getCell(2).numFmt = format;
	};
	const money = unit === 'USD' ? CURRENCY_FORMAT : '#,##0.00';
	figure('Total', report.total, money);
	figure('Previous total', report.previousTotal, money);
	figure('Change', report.change, money);
	figure('Change %', report.changePercent, PERCENT_FORMAT);
	addSheet(workbook, 'Daily', [{header: 'Date', width: 12}, {header: 'Cost', width: 16, format: 'money'}], report.daily.map(day => [day.date, day.amount]), unit);
	addSheet(
		workbook,
		'Movers',
		[
			{header: 'Service', width: 40},
			{header: 'Current', width: 16, format: 'money'},
			{header: 'Previous', width: 16, format: 'money'},
			{header: 'Change', width: 16, format: 'money'},
			{header: 'Change %', width: 12, format: 'percent'},
		],
		report.movers.map(move => [move.service, move.current, move.previous, move.change, move.changePercent]),
		unit,
	);
	addSheet(
		workbook,
		'Anomalies',
		[
			{header: 'Dimension', width: 16},
			{header: 'Group', width: 32},
			{header: 'Start', width: 12},
			{header: 'End (exclusive)', width: 14},
			{header: 'Direction', width: 10},
			{header: 'Expected', width: 14, format: 'money'},
			{header: 'Actual', width: 14, format: 'money'},
			{header: 'Impact', width: 14, format: 'money'},
			{header: 'Causes', width: 60},
		],
		report.anomalies.map(anomaly => [anomaly.dimension, anomaly.group, anomaly.start, anomaly.end, anomaly.direction, anomaly.expected, anomaly.actual, anomaly.impact, anomaly.causes]),
		unit,
	);
	addSheet(
		workbook,
		'Budgets',
		[
			{header: 'Budget', width: 24},
			{header: 'Monthly limit', width: 16, format: 'money'},
			{header: 'Spent', width: 16, format: 'money'},
			{header: 'Projected', width: 16, format: 'money'},
			{header: 'Used %', width: 10, format: 'percent'},
			{header: 'State', width: 12},
			{header: 'Message', width: 50},
		],
		report.budgets.map(budget => [budget.name, budget.limit, budget.spent, budget.projected, budget.percentUsed, budget.state, budget.message]),
		'USD',
	);
	if (report.findings.length > 0) {
		addSheet(
			workbook,
			'Findings',
			[
				{header: 'Severity', width: 10},
				{header: 'Analyzer', width: 24},
				{header: 'Finding', width: 50},
				{header: 'Detail', width: 60},
				{header: 'Amount', width: 16, format: 'money'},
			],
			report.findings.map(finding => [finding.severity, finding.analyzer, finding.title, finding.detail, finding.amount]),
			'USD',
		);
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
