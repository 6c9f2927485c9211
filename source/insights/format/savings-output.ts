import type {CoverageFigures, UtilizationFigures} from '../../sources/reservation-health.js';
import type {SavingsRecommendation} from '../../sources/savings.js';
import {formatPeriod} from '../../dates.js';
import type {SavingsReport} from '../savings-report.js';
import {cents, count, percent, usd} from './figures.js';
import type {ScopedReport} from './report-document.js';

const SECTION_NAMES = {
	rightsizing: 'Rightsizing',
	'savings-plans': 'Savings Plans',
	reservations: 'Reservations',
	coverage: 'Reservation coverage',
	utilization: 'Reservation utilization',
} as const;

const KIND_NAMES = {rightsizing: 'rightsizing', 'savings-plan': 'Savings Plan', reservation: 'reservation'} as const;

const recommendationJson = (recommendation: SavingsRecommendation) => ({
	id: recommendation.id,
	kind: recommendation.kind,
	title: recommendation.title,
	action: recommendation.action,
	estimatedMonthlySavings: cents(recommendation.estimatedMonthlySavings),
	details: recommendation.details,
	source: recommendation.source,
});

/** Hours and percentages to one decimal: Cost Explorer reports no finer. */
const tenth = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

const coverageJson = (figures: CoverageFigures) => ({
	coveragePercent: tenth(figures.coveragePercent),
	reservedHours: tenth(figures.reservedHours),
	onDemandHours: tenth(figures.onDemandHours),
	totalRunningHours: tenth(figures.totalRunningHours),
	onDemandCost: cents(figures.onDemandCost),
});
const utilizationJson = (figures: UtilizationFigures) => ({
	utilizationPercent: tenth(figures.utilizationPercent),
	purchasedHours: tenth(figures.purchasedHours),
	usedHours: tenth(figures.usedHours),
	unusedHours: tenth(figures.unusedHours),
	netSavings: cents(figures.netSavings),
	unusedCost: cents(figures.unusedCost),
});

function sentences(report: SavingsReport): string[] {
	const origin = report.source === 'demo' ? "advice made from the demo organization's own spend" : "Cost Explorer's recommendations";
	const lines = [
		report.recommendations.length === 0
			? `No savings recommendations (${origin}).`
			: `Up to ${usd(report.totalMonthlySavings)} a month across ${report.recommendations.length} recommendations (${origin}); they overlap, so do not add them all up as one saving.`,
	];
	const period = formatPeriod(report.period);
	if (report.coverage) {
		const {total} = report.coverage;
		lines.push(
			`Reservation coverage over ${period}: ${percent(total.coveragePercent)} of ${count(total.totalRunningHours)} running hours; the ${count(total.onDemandHours)} on-demand hours cost ${usd(total.onDemandCost)}.`,
		);
	}
	if (report.utilization) {
		const {total} = report.utilization;
		lines.push(
			`Reservation utilization over ${period}: ${percent(total.utilizationPercent)} of ${count(total.purchasedHours)} purchased hours; net savings ${usd(total.netSavings)}, unused hours cost ${usd(total.unusedCost)}.`,
		);
	}
	for (const gap of report.gaps) lines.push(`${SECTION_NAMES[gap.section]}: unavailable. ${gap.message}`);
	return lines;
}

/** The savings report as JSON, prose with a ranked table, and CSV rows (one per recommendation). */
export function savingsOutput(report: SavingsReport, label: string): ScopedReport {
	return {
		label,
		json: {
			scope: label,
			generatedOn: report.generatedOn,
			source: report.source,
			totalMonthlySavings: cents(report.totalMonthlySavings),
			recommendations: report.recommendations.map(recommendationJson),
			period: report.period,
			coverage: report.coverage === null ? null : {total: coverageJson(report.coverage.total), byPeriod: report.coverage.byPeriod.map(({start, end, figures}) => ({start, end, ...coverageJson(figures)}))},
			utilization:
				report.utilization === null
					? null
					: {total: utilizationJson(report.utilization.total), byPeriod: report.utilization.byPeriod.map(({start, end, figures}) => ({start, end, ...utilizationJson(figures)}))},
			gaps: report.gaps,
			billableRequests: report.billableRequests,
		},
		document: {
			heading: `Savings (${label})`,
			sentences: sentences(report),
			tables:
				report.recommendations.length === 0
					? []
					: [
							{
								header: ['#', 'Kind', 'What to do', 'Saves / month'],
								numeric: [true, false, false, true],
								rows: report.recommendations.map((recommendation, index) => [
									String(index + 1),
									KIND_NAMES[recommendation.kind],
									recommendation.action,
									usd(recommendation.estimatedMonthlySavings),
								]),
							},
						],
			notes: ['Advice only: aws-cost changes no AWS resource.'],
		},
		data: {
			header: ['rank', 'kind', 'title', 'action', 'estimated_monthly_savings', 'source'],
			rows: report.recommendations.map((recommendation, index) => [
				index + 1,
				recommendation.kind,
				recommendation.title,
				recommendation.action,
				cents(recommendation.estimatedMonthlySavings),
				recommendation.source,
			]),
		},
	};
}
