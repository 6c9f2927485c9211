import type {
	GetReservationPurchaseRecommendationResponse,
	GetRightsizingRecommendationResponse,
	GetSavingsPlansPurchaseRecommendationResponse,
	InstanceDetails,
	RightsizingRecommendation,
	TargetInstance,
} from '@aws-sdk/client-cost-explorer';
import {compareAmounts, formatAmount} from '../../money.js';
import {type SavingsRecommendation, amountOrZero, knownDetails} from '../savings.js';

const TERMS: Record<string, string> = {ONE_YEAR: '1-year', THREE_YEARS: '3-year'};
const PAYMENTS: Record<string, string> = {
	NO_UPFRONT: 'No Upfront',
	PARTIAL_UPFRONT: 'Partial Upfront',
	ALL_UPFRONT: 'All Upfront',
	LIGHT_UTILIZATION: 'Light Utilization',
	MEDIUM_UTILIZATION: 'Medium Utilization',
	HEAVY_UTILIZATION: 'Heavy Utilization',
};
const PLAN_TYPES: Record<string, string> = {COMPUTE_SP: 'Compute', EC2_INSTANCE_SP: 'EC2 Instance', SAGEMAKER_SP: 'SageMaker', DATABASE_SP: 'Database'};

const money = (text: string | undefined) => (text === undefined ? undefined : formatAmount(amountOrZero(text)));
const hourlyRate = (text: string | undefined) => (text === undefined ? undefined : `${formatAmount(amountOrZero(text), 'USD', 3)}/hour`);
const months = (text: string | undefined) => (text === undefined ? undefined : `${Number(text).toFixed(1)} months`);
const percent = (text: string | undefined) => (text === undefined ? undefined : `${Number(text).toFixed(0)}%`);

function rightsizingTarget(recommendation: RightsizingRecommendation): TargetInstance | undefined {
	const targets = recommendation.ModifyRecommendationDetail?.TargetInstances ?? [];
	return (
		targets.find(target => target.DefaultTargetInstance) ??
		[...targets].sort((a, b) => compareAmounts(amountOrZero(b.EstimatedMonthlySavings), amountOrZero(a.EstimatedMonthlySavings)))[0]
	);
}

/** GetRightsizingRecommendation → one recommendation per instance to stop or resize. */
export function rightsizingRecommendations(response: GetRightsizingRecommendationResponse): SavingsRecommendation[] {
	return (response.RightsizingRecommendations ?? []).map((recommendation, index) => {
		const current = recommendation.CurrentInstance;
		const resource = current?.ResourceDetails?.EC2ResourceDetails;
		const instanceId = current?.ResourceId ?? `instance ${index + 1}`;
		const currentType = resource?.InstanceType ?? 'unknown type';
		const utilization = current?.ResourceUtilization?.EC2ResourceUtilization;
		const shared: (readonly [string, string | undefined])[] = [
			['Account', recommendation.AccountId],
			['Region', resource?.Region],
			['Name', current?.InstanceName],
			['Current monthly cost', money(current?.MonthlyCost)],
			['Max CPU', percent(utilization?.MaxCpuUtilizationPercentage)],
			['Max memory', percent(utilization?.MaxMemoryUtilizationPercentage)],
			['Findings', recommendation.FindingReasonCodes?.join(', ')],
		];
		if (recommendation.RightsizingType === 'TERMINATE') {
			return {
				id: `rightsizing:${instanceId}`,
				kind: 'rightsizing',
				title: `Stop idle ${instanceId} (${currentType})`,
				action: `Terminate ${instanceId} (${currentType}${resource?.Region ? `, ${resource.Region}` : ''}): it has been idle over the lookback period.`,
				estimatedMonthlySavings: amountOrZero(recommendation.TerminateRecommendationDetail?.EstimatedMonthlySavings),
				details: knownDetails(shared),
				source: 'cost-explorer',
			};
		}
		const target = rightsizingTarget(recommendation);
		const targetType = target?.ResourceDetails?.EC2ResourceDetails?.InstanceType ?? 'a smaller type';
		return {
			id: `rightsizing:${instanceId}`,
			kind: 'rightsizing',
			title: `Resize ${instanceId}: ${currentType} → ${targetType}`,
			action: `Change ${instanceId} from ${currentType} to ${targetType}${resource?.Region ? ` in ${resource.Region}` : ''}.`,
			estimatedMonthlySavings: amountOrZero(target?.EstimatedMonthlySavings),
			details: knownDetails([...shared, ['Monthly cost after', money(target?.EstimatedMonthlyCost)]]),
			source: 'cost-explorer',
		};
	});
}

/** GetSavingsPlansPurchaseRecommendation → one recommendation per commitment (per account or instance family). */
export function savingsPlanRecommendations(response: GetSavingsPlansPurchaseRecommendationResponse): SavingsRecommendation[] {
	const plan = response.SavingsPlansPurchaseRecommendation;
	if (!plan) return [];
	const type = PLAN_TYPES[plan.SavingsPlansType ?? ''] ?? plan.SavingsPlansType ?? 'Savings';
	const term = TERMS[plan.TermInYears ?? ''] ?? plan.TermInYears ?? '';
	const payment = PAYMENTS[plan.PaymentOption ?? ''] ?? plan.PaymentOption ?? '';
	const terms = [term, payment].filter(Boolean).join(', ');
	return (plan.SavingsPlansPurchaseRecommendationDetails ?? []).map((detail, index) => {
		const scope = [detail.SavingsPlansDetails?.InstanceFamily, detail.SavingsPlansDetails?.Region].filter(Boolean).join(' in ');
		const commitment = hourlyRate(detail.HourlyCommitmentToPurchase ?? '0')!;
		return {
			id: `savings-plan:${detail.RecommendationDetailId ?? `${detail.AccountId ?? ''}:${scope}:${index}`}`,
			kind: 'savings-plan',
			title: `${type} Savings Plan${scope ? ` for ${scope}` : ''}: commit ${commitment}`,
			action: `Buy a ${terms} ${type} Savings Plan committing ${commitment}${detail.AccountId ? ` in account ${detail.AccountId}` : ''}.`,
			estimatedMonthlySavings: amountOrZero(detail.EstimatedMonthlySavingsAmount),
			details: knownDetails([
				['Account', detail.AccountId],
				['Term', terms],
				['Upfront cost', money(detail.UpfrontCost)],
				['Savings', percent(detail.EstimatedSavingsPercentage)],
				['Expected utilization', percent(detail.EstimatedAverageUtilization)],
				['Average on-demand spend', hourlyRate(detail.CurrentAverageHourlyOnDemandSpend)],
			]),
			source: 'cost-explorer',
		};
	});
}

/** The service and instance (node) type a reservation recommendation is for. */
function reservedInstance(details: InstanceDetails | undefined): {service: string; type: string; region: string | undefined} {
	const instance = (service: string, type: string | undefined, region: string | undefined) => ({service, type: type || '?', region});
	const {EC2InstanceDetails: ec2, RDSInstanceDetails: rds, ElastiCacheInstanceDetails: cache} = details ?? {};
	const {RedshiftInstanceDetails: redshift, ESInstanceDetails: search, MemoryDBInstanceDetails: memoryDb} = details ?? {};
	if (ec2) return instance('Amazon EC2', ec2.InstanceType, ec2.Region);
	if (rds) return instance('Amazon RDS', rds.InstanceType, rds.Region);
	if (cache) return instance('Amazon ElastiCache', cache.NodeType, cache.Region);
	if (redshift) return instance('Amazon Redshift', redshift.NodeType, redshift.Region);
	if (search) return instance('Amazon OpenSearch Service', [search.InstanceClass, search.InstanceSize].filter(Boolean).join('.'), search.Region);
	if (memoryDb) return instance('Amazon MemoryDB', memoryDb.NodeType, memoryDb.Region);
	return instance('AWS', undefined, undefined);
}

/** GetReservationPurchaseRecommendation → one recommendation per instance type to reserve. */
export function reservationRecommendations(response: GetReservationPurchaseRecommendationResponse): SavingsRecommendation[] {
	return (response.Recommendations ?? []).flatMap((group, groupIndex) => {
		const term = TERMS[group.TermInYears ?? ''] ?? group.TermInYears;
		const terms = [term, PAYMENTS[group.PaymentOption ?? ''] ?? group.PaymentOption].filter(Boolean).join(', ');
		return (group.RecommendationDetails ?? []).map((detail, index): SavingsRecommendation => {
			const {service, type, region} = reservedInstance(detail.InstanceDetails);
			const count = detail.RecommendedNumberOfInstancesToPurchase ?? '?';
			const where = region ? ` in ${region}` : '';
			return {
				id: `reservation:${groupIndex}:${index}:${detail.AccountId ?? ''}:${type}:${region ?? ''}`,
				kind: 'reservation',
				title: `Reserve ${count} × ${type} (${service}${region ? `, ${region}` : ''})`,
				action: `Buy ${count} ${terms} reservation${count === '1' ? '' : 's'} for ${type}${where}${detail.AccountId ? ` in account ${detail.AccountId}` : ''}.`,
				estimatedMonthlySavings: amountOrZero(detail.EstimatedMonthlySavingsAmount),
				details: knownDetails([
					['Account', detail.AccountId],
					['Term', terms],
					['Upfront cost', money(detail.UpfrontCost)],
					['Monthly on-demand cost now', money(detail.EstimatedMonthlyOnDemandCost)],
					['Savings', percent(detail.EstimatedMonthlySavingsPercentage)],
					['Break-even', months(detail.EstimatedBreakEvenInMonths)],
					['Expected utilization', percent(detail.AverageUtilization)],
				]),
				source: 'cost-explorer',
			};
		});
	});
}
