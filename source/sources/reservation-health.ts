import type {Coverage, GetReservationCoverageResponse, GetReservationUtilizationResponse, ReservationAggregates} from '@aws-sdk/client-cost-explorer';
import type {IsoDate} from '../dates.js';
import type {Amount} from '../money.js';
import {amountOrZero, percentOrNull} from './savings.js';

/** How much of the instance hours ran on reservations. */
export interface CoverageFigures {
	/** 0–100; null when Cost Explorer gave none (no running hours). */
	readonly coveragePercent: number | null;
	readonly reservedHours: number;
	readonly onDemandHours: number;
	readonly totalRunningHours: number;
	/** What the hours not covered cost on demand: the room a reservation could save on. */
	readonly onDemandCost: Amount;
}

export interface ReservationCoverageSummary {
	readonly total: CoverageFigures;
	readonly byPeriod: readonly {readonly start: IsoDate; readonly end: IsoDate; readonly figures: CoverageFigures}[];
}

/** How well the reservations already bought are used. */
export interface UtilizationFigures {
	/** 0–100; null when there are no reservations. */
	readonly utilizationPercent: number | null;
	readonly purchasedHours: number;
	readonly usedHours: number;
	readonly unusedHours: number;
	/** What the reservations saved against on-demand, after their fees. */
	readonly netSavings: Amount;
	/** Paid for hours nobody used. */
	readonly unusedCost: Amount;
}

export interface ReservationUtilizationSummary {
	readonly total: UtilizationFigures;
	readonly byPeriod: readonly {readonly start: IsoDate; readonly end: IsoDate; readonly figures: UtilizationFigures}[];
}

const hours = (text: string | undefined) => {
	const value = Number(text ?? 0);
	return Number.isFinite(value) ? value : 0;
};

function coverageFigures(coverage: Coverage | undefined): CoverageFigures {
	const coveredHours = coverage?.CoverageHours;
	return {
		coveragePercent: percentOrNull(coveredHours?.CoverageHoursPercentage),
		reservedHours: hours(coveredHours?.ReservedHours),
		onDemandHours: hours(coveredHours?.OnDemandHours),
		totalRunningHours: hours(coveredHours?.TotalRunningHours),
		onDemandCost: amountOrZero(coverage?.CoverageCost?.OnDemandCost),
	};
}

function utilizationFigures(aggregates: ReservationAggregates | undefined): UtilizationFigures {
	return {
		utilizationPercent: percentOrNull(aggregates?.UtilizationPercentage),
		purchasedHours: hours(aggregates?.PurchasedHours),
		usedHours: hours(aggregates?.TotalActualHours),
		unusedHours: hours(aggregates?.UnusedHours),
		netSavings: amountOrZero(aggregates?.NetRISavings),
		unusedCost: amountOrZero(aggregates?.RICostForUnusedHours),
	};
}

/** GetReservationCoverage → coverage over the whole period and per time bucket. */
export function summarizeReservationCoverage(response: GetReservationCoverageResponse): ReservationCoverageSummary {
	return {
		total: coverageFigures(response.Total),
		byPeriod: (response.CoveragesByTime ?? []).flatMap(bucket => {
			const {Start: start, End: end} = bucket.TimePeriod ?? {};
			return start && end ? [{start: start as IsoDate, end: end as IsoDate, figures: coverageFigures(bucket.Total)}] : [];
		}),
	};
}

/** GetReservationUtilization → utilization over the whole period and per time bucket. */
export function summarizeReservationUtilization(response: GetReservationUtilizationResponse): ReservationUtilizationSummary {
	return {
		total: utilizationFigures(response.Total),
		byPeriod: (response.UtilizationsByTime ?? []).flatMap(bucket => {
			const {Start: start, End: end} = bucket.TimePeriod ?? {};
			return start && end ? [{start: start as IsoDate, end: end as IsoDate, figures: utilizationFigures(bucket.Total)}] : [];
		}),
	};
}
