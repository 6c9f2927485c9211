import type {
	GetReservationCoverageCommandOutput,
	GetReservationUtilizationCommandOutput,
} from '@aws-sdk/client-cost-explorer';
import {
	type ReservationCoverageSummary,
	type ReservationUtilizationSummary,
	summarizeReservationCoverage,
	summarizeReservationUtilization,
} from '../reservation-health.js';
import type {SavingsRecommendation} from '../savings.js';
import {reservationRecommendations, rightsizingRecommendations, savingsPlanRecommendations} from './recommendations.js';
import {sortRecommendations} from '../savings.js';
import {type IsoDate, type Period, addDays} from '../../dates.js';
import {CostError, isCostError} from '../../errors.js';
import type {SavingsAnswer, SavingsGap, SavingsSection} from '../source.js';
import type {AwsCaller} from './aws-caller.js';
import type {AwsOperation} from './error-mapping.js';
import type {AwsClients} from './clients.js';
import {malformed} from './response-mapping.js';

/**
 * The services reservations are recommended for. Each is one billable
 * request, so only the two that carry most reservable spend are asked.
 */
export const RESERVATION_SERVICES = ['Amazon Elastic Compute Cloud - Compute', 'Amazon Relational Database Service'] as const;

/** Days coverage and utilization look back over, ending yesterday. */
export const SAVINGS_LOOKBACK_DAYS = 30;

/** Failures that no other section would escape either: the whole answer fails with them. */
const FATAL_KINDS: ReadonlySet<CostError['kind']> = new Set(['no-credentials', 'sso-expired']);

/** Follows NextPageToken until there is none; a repeated token would bill for ever, so it stops the walk. */
async function eachPage<T extends {NextPageToken?: string | undefined}>(fetch: (token: string | undefined) => Promise<T>, signal?: AbortSignal): Promise<T[]> {
	const pages: T[] = [];
	const seen = new Set<string>();
	let token: string | undefined;
	do {
		signal?.throwIfAborted();
		const page = await fetch(token);
		pages.push(page);
		token = page.NextPageToken || undefined;
		if (token !== undefined) {
			if (seen.has(token)) throw malformed(`NextPageToken "${token}" came back twice`);
			seen.add(token);
		}
	} while (token !== undefined);
	return pages;
}

function mergeCoverage(pages: readonly GetReservationCoverageCommandOutput[]): ReservationCoverageSummary {
	const summaries = pages.map(summarizeReservationCoverage);
	const withTotal = pages.findIndex(page => page.Total !== undefined);
	return {total: summaries[Math.max(0, withTotal)]!.total, byPeriod: summaries.flatMap(summary => summary.byPeriod)};
}

function mergeUtilization(pages: readonly GetReservationUtilizationCommandOutput[]): ReservationUtilizationSummary {
	const summaries = pages.map(summarizeReservationUtilization);
	const withTotal = pages.findIndex(page => page.Total !== undefined);
	return {total: summaries[Math.max(0, withTotal)]!.total, byPeriod: summaries.flatMap(summary => summary.byPeriod)};
}

/**
 * Cost Explorer's savings advice: rightsizing, a Compute Savings Plan,
 * reservations for RESERVATION_SERVICES, and reservation coverage and
 * utilization over the last SAVINGS_LOOKBACK_DAYS days. Every call goes
 * through `caller` (paced, retried, billed, errors mapped). A section that
 * fails (rightsizing not enabled, no reservations, access denied for one
 * permission) becomes a gap; expired or missing credentials fail the whole,
 * and so does every section failing. Nothing here changes any resource.
 */
export async function fetchSavings(clients: AwsClients, caller: AwsCaller, today: IsoDate, signal?: AbortSignal): Promise<SavingsAnswer> {
	const {client, sdk} = await clients.costExplorer();
	const period: Period = {start: addDays(today, -SAVINGS_LOOKBACK_DAYS), end: today};
	const timePeriod = {Start: period.start, End: period.end};
	const gaps: SavingsGap[] = [];
	const errors: CostError[] = [];
	const section = async <T>(name: SavingsSection, fetch: () => Promise<T>): Promise<T | null> => {
		try {
			return await fetch();
		} catch (error) {
			if (!isCostError(error) || FATAL_KINDS.has(error.kind)) throw error;
			errors.push(error);
			gaps.push({section: name, message: error.message});
			return null;
		}
	};

	/** Every page of one operation, each request paced, retried, billed and mapped by `caller`. */
	const allPages = <T extends {NextPageToken?: string | undefined}>(
		operation: AwsOperation,
		send: (page: {NextPageToken?: string}, abortSignal?: AbortSignal) => Promise<T>,
	): Promise<T[]> =>
		eachPage(token => caller.call(operation, abortSignal => send(token === undefined ? {} : {NextPageToken: token}, abortSignal), true, signal), signal);

	const rightsizing = await section('rightsizing', async () =>
		(
			await allPages('GetRightsizingRecommendation', (page, abortSignal) =>
				client.send(
					new sdk.GetRightsizingRecommendationCommand({
						Service: 'AmazonEC2',
						Configuration: {RecommendationTarget: 'SAME_INSTANCE_FAMILY', BenefitsConsidered: true},
						...page,
					}),
					{abortSignal},
				),
			)
		).flatMap(rightsizingRecommendations),
	);
	const savingsPlans = await section('savings-plans', async () =>
		(
			await allPages('GetSavingsPlansPurchaseRecommendation', (page, abortSignal) =>
				client.send(
					new sdk.GetSavingsPlansPurchaseRecommendationCommand({
						SavingsPlansType: 'COMPUTE_SP',
						TermInYears: 'ONE_YEAR',
						PaymentOption: 'NO_UPFRONT',
						LookbackPeriodInDays: 'THIRTY_DAYS',
						...page,
					}),
					{abortSignal},
				),
			)
		).flatMap(savingsPlanRecommendations),
	);
	const reservations = await section('reservations', async () => {
		const found: SavingsRecommendation[] = [];
		for (const service of RESERVATION_SERVICES) {
			const pages = await allPages('GetReservationPurchaseRecommendation', (page, abortSignal) =>
				client.send(
					new sdk.GetReservationPurchaseRecommendationCommand({
						Service: service,
						LookbackPeriodInDays: 'THIRTY_DAYS',
						TermInYears: 'ONE_YEAR',
						PaymentOption: 'NO_UPFRONT',
						...page,
					}),
					{abortSignal},
				),
			);
			found.push(...pages.flatMap(reservationRecommendations));
		}
		return found;
	});
	const coverage = await section('coverage', async () =>
		mergeCoverage(
			await allPages('GetReservationCoverage', (page, abortSignal) =>
				client.send(new sdk.GetReservationCoverageCommand({TimePeriod: timePeriod, Granularity: 'MONTHLY', ...page}), {abortSignal}),
			),
		),
	);
	const utilization = await section('utilization', async () =>
		mergeUtilization(
			await allPages('GetReservationUtilization', (page, abortSignal) =>
				client.send(new sdk.GetReservationUtilizationCommand({TimePeriod: timePeriod, Granularity: 'MONTHLY', ...page}), {abortSignal}),
			),
		),
	);
	if (errors.length === 5) throw errors[0]!;
	return {
		recommendations: sortRecommendations([...(rightsizing ?? []), ...(savingsPlans ?? []), ...(reservations ?? [])]),
		coverage,
		utilization,
		period,
		gaps,
	};
}
