import type {FilterDimension, Metric} from '../../query.js';
import {ceServiceSql} from './service-name.js';
import {type ColumnReader, type DimensionExpr, type ExportSchema, type Expr, expr} from './schema.js';

const TYPE = 'line_item_line_item_type';
const UNBLENDED = 'line_item_unblended_cost';

/**
 * Amortized cost from CUR's columns, as AWS's own CUR query library computes
 * it: commitments' effective cost on the usage they cover, fees only for what
 * went unused. `net` reads the after-discount twins of the same columns.
 */
function amortized(read: ColumnReader, net: boolean): Expr {
	const n = (column: string) => (net ? column.replace(/^(reservation|savings_plan)_/, '$1_net_') : column);
	const columns = [
		TYPE,
		net ? 'line_item_net_unblended_cost' : UNBLENDED,
		n('savings_plan_savings_plan_effective_cost'),
		'savings_plan_total_commitment_to_date',
		'savings_plan_used_commitment',
		n('reservation_effective_cost'),
		n('reservation_unused_amortized_upfront_fee_for_billing_period'),
		n('reservation_unused_recurring_fee'),
	];
	const [, otherwise, planEffective, commitment, used, reservationEffective, unusedUpfront, unusedRecurring] = columns.map(column => read.money(column));
	return expr(
		`CASE ${TYPE}
			WHEN 'SavingsPlanCoveredUsage' THEN ${planEffective}
			WHEN 'SavingsPlanRecurringFee' THEN ${commitment} - ${used}
			WHEN 'SavingsPlanNegation' THEN 0
			WHEN 'SavingsPlanUpfrontFee' THEN 0
			WHEN 'DiscountedUsage' THEN ${reservationEffective}
			WHEN 'RIFee' THEN ${unusedUpfront} + ${unusedRecurring}
			ELSE ${otherwise} END`,
		...columns,
	);
}

const plain = (column: string, missing?: string): DimensionExpr => ({sql: column, columns: [column], ...(missing === undefined ? {} : {missing})});

/**
 * CUR 2.0 whose SERVICE is told from the product code alone (`name`: SQL for
 * the code's one product name), the `product` MAP left unread.
 */
export function withServiceFromCode(schema: ExportSchema, name: string): ExportSchema {
	const service = ceServiceSql({code: 'line_item_product_code', name, usageType: 'line_item_usage_type'});
	return {...schema, dimension: dimension => (dimension === 'SERVICE' ? {sql: service, columns: ['line_item_product_code', 'line_item_usage_type']} : schema.dimension(dimension))};
}

/** CUR 2.0 (AWS Data Exports, "Standard data export"). */
export function cur2Schema(read: ColumnReader): ExportSchema {
	const product = read.mapValue('product', 'product_name');
	const service = ceServiceSql({code: 'line_item_product_code', name: product, usageType: 'line_item_usage_type'});
	const dimensions: Partial<Record<FilterDimension, DimensionExpr>> = {
		SERVICE: {sql: service, columns: ['line_item_product_code', 'product', 'line_item_usage_type']},
		SERVICE_CODE: plain('line_item_product_code'),
		LINKED_ACCOUNT: plain('line_item_usage_account_id'),
		LINKED_ACCOUNT_NAME: plain('line_item_usage_account_name'),
		REGION: {sql: `coalesce(nullif(product_region_code, ''), 'global')`, columns: ['product_region_code']},
		AZ: plain('line_item_availability_zone', 'NoAZ'),
		USAGE_TYPE: plain('line_item_usage_type'),
		INSTANCE_TYPE: plain('product_instance_type', 'NoInstanceType'),
		RECORD_TYPE: plain(TYPE),
		OPERATION: plain('line_item_operation', 'NoOperation'),
		LEGAL_ENTITY_NAME: plain('line_item_legal_entity'),
		INVOICING_ENTITY: plain('bill_invoicing_entity'),
		BILLING_ENTITY: plain('bill_billing_entity'),
		RESOURCE_ID: plain('line_item_resource_id', 'NoResourceId'),
	};
	const metrics: Readonly<Record<Metric, () => Expr>> = {
		UnblendedCost: () => expr(read.money(UNBLENDED), UNBLENDED),
		BlendedCost: () => expr(read.money('line_item_blended_cost'), 'line_item_blended_cost'),
		NetUnblendedCost: () => expr(read.money('line_item_net_unblended_cost'), 'line_item_net_unblended_cost'),
		AmortizedCost: () => amortized(read, false),
		NetAmortizedCost: () => amortized(read, true),
		UsageQuantity: () => expr(read.money('line_item_usage_amount'), 'line_item_usage_amount'),
		NormalizedUsageAmount: () => expr(read.money('line_item_normalized_usage_amount'), 'line_item_normalized_usage_amount'),
	};
	return {
		format: 'cur2',
		usageStart: 'line_item_usage_start_date',
		billingPeriod: 'billing_period',
		account: 'line_item_usage_account_id',
		accountName: 'line_item_usage_account_name',
		required: ['line_item_usage_start_date', 'line_item_usage_account_id', 'line_item_unblended_cost', 'line_item_product_code', 'line_item_usage_type'],
		metric: metric => metrics[metric](),
		dimension: dimension => dimensions[dimension],
		tag: key => expr(read.mapValue('resource_tags', `user_${key}`), 'resource_tags'),
		costCategory: name => expr(read.mapValue('cost_category', name), 'cost_category'),
		unit: expr('pricing_unit', 'pricing_unit'),
		tagColumn: 'resource_tags',
		tagKeyOf: mapKey => (mapKey.startsWith('user_') ? mapKey.slice('user_'.length) : undefined),
		costCategoryColumn: 'cost_category',
	};
}
