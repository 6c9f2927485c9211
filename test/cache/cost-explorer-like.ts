import {type IsoDate, eachDay} from '../../source/dates.js';
import {parseAmount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import type {Identity} from '../../source/sources/source.js';
import {type BillLine, CostExplorerLikeSource, answerLikeCostExplorer as answerOnBill} from '../fixtures/cost-explorer-like.js';

/**
 * A tiny bill answered the way Cost Explorer answers: buckets clipped to the
 * period, absent groups left out of grouped answers, a row for every bucket
 * in ungrouped ones, Estimated per bucket. Derivations are checked against it.
 */
export const TODAY = '2026-09-15' as IsoDate;
/** Figures from this day on are estimated (the month is open). */
const estimatedFrom = '2026-09-01' as IsoDate;
/** Nothing was spent on this day, nor today. */
export const EMPTY_DAY = '2026-08-10' as IsoDate;

const services = ['Amazon EC2', 'Amazon S3', 'AWS Lambda'] as const;
const regions = ['us-east-1', 'eu-west-1'] as const;
const hours = [3, 17] as const;

function buildLines(): BillLine[] {
	const lines: BillLine[] = [];
	eachDay({start: '2026-06-01' as IsoDate, end: TODAY}).forEach((day, dayIndex) => {
		if (day === EMPTY_DAY) return;
		services.forEach((service, serviceIndex) => {
			regions.forEach((region, regionIndex) => {
				// Lambda runs in us-east-1 only, and S3 skips every fifth day: groups come and go.
				if (service === 'AWS Lambda' && region !== 'us-east-1') return;
				if (service === 'Amazon S3' && dayIndex % 5 === 0) return;
				for (const hour of hours) {
					const seed = dayIndex * 7919 + serviceIndex * 104_729 + regionIndex * 1_299_709 + hour * 15_485_863;
					const fraction = String(seed % 9_999_999_999).padStart(10, '0');
					lines.push({day, hour, dimensions: {SERVICE: service, REGION: region}, amount: parseAmount(`${seed % 97}.${fraction}`)});
				}
			});
		});
	});
	return lines;
}

const lines = buildLines();

/** What Cost Explorer would answer for `query` on this bill (UnblendedCost; other metrics answer the same figures). */
export function answerLikeCostExplorer(query: CostQuery): CostRow[] {
	return answerOnBill(lines, query, {estimatedFrom});
}

/** A CostSource over the test bill that counts what it was asked: one billable request per page of 50 rows. */
export class CountingCostSource extends CostExplorerLikeSource {
	constructor(identity: Identity = {account: '111111111111', principal: 'arn:aws:iam::111111111111:user/ana'}) {
		super({lines: () => lines, identity, pageSize: 50, estimatedFrom});
	}
}
