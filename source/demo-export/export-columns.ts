/**
 * The SELECT lists that turn the staging tables (`l`: one row per demo line,
 * `c`: one row per line and day, figures as integer cells) into a CUR 2.0 or
 * FOCUS 1.x line item. Money leaves as DECIMAL(18,10), usage as DECIMAL(18,4):
 * the cells scaled, never a float.
 */

import type {ExportFormat} from '../sources/export-sql/schema.js';

const money = (cells: string): string => `(${cells}::DECIMAL(18,0) * 0.0000000001)::DECIMAL(18,10)`;
const quantity = (cells: string): string => `(${cells}::DECIMAL(18,0) * 0.0001)::DECIMAL(18,4)`;
const when = (type: string, cells: string): string => money(`CASE WHEN l.line_item_type = '${type}' THEN ${cells} ELSE 0 END`);

const DAY = `(DATE '1970-01-01' + c.day)`;
const MONTH = `date_trunc('month', ${DAY})`;

/** Only non-empty entries: a bill's maps hold the tags a resource has, not the ones it lacks. */
const mapOf = (entries: readonly (readonly [string, string])[]): string =>
	`map_from_entries(list_filter([${entries.map(([key, value]) => `{'k': '${key}', 'v': ${value}}`).join(', ')}], e -> e.v <> ''))`;

const COMMON = [
	`strftime(${DAY}, '%Y-%m') AS billing_period`,
];

const CUR2 = [
	...COMMON,
	`CAST(${MONTH} AS TIMESTAMP) AS bill_billing_period_start_date`,
	`CAST(${MONTH} + INTERVAL 1 MONTH AS TIMESTAMP) AS bill_billing_period_end_date`,
	`l.payer_account_id AS bill_payer_account_id`,
	`l.legal_entity AS bill_invoicing_entity`,
	`'AWS' AS bill_billing_entity`,
	`CAST(${DAY} AS TIMESTAMP) AS line_item_usage_start_date`,
	`CAST(${DAY} + 1 AS TIMESTAMP) AS line_item_usage_end_date`,
	`l.account_id AS line_item_usage_account_id`,
	`l.account_name AS line_item_usage_account_name`,
	`l.line_item_type AS line_item_line_item_type`,
	`l.product_code AS line_item_product_code`,
	`l.usage_type AS line_item_usage_type`,
	`l.operation AS line_item_operation`,
	`l.availability_zone AS line_item_availability_zone`,
	`l.resource_id AS line_item_resource_id`,
	`l.legal_entity AS line_item_legal_entity`,
	`${quantity('c.usage')} AS line_item_usage_amount`,
	`${quantity('c.normalized')} AS line_item_normalized_usage_amount`,
	`${money('c.unblended')} AS line_item_unblended_cost`,
	`${money('c.blended')} AS line_item_blended_cost`,
	`${money('c.net_unblended')} AS line_item_net_unblended_cost`,
	`l.unit AS pricing_unit`,
	`l.product_code AS product_servicecode`,
	`l.region AS product_region_code`,
	`l.instance_type AS product_instance_type`,
	`${mapOf([['product_name', 'l.product_name']])} AS product`,
	`${when('DiscountedUsage', 'c.amortized')} AS reservation_effective_cost`,
	`${when('DiscountedUsage', 'c.net_amortized')} AS reservation_net_effective_cost`,
	`${when('RIFee', 'c.amortized')} AS reservation_unused_amortized_upfront_fee_for_billing_period`,
	`${money('0')} AS reservation_unused_recurring_fee`,
	`${when('RIFee', 'c.net_amortized')} AS reservation_net_unused_amortized_upfront_fee_for_billing_period`,
	`${money('0')} AS reservation_net_unused_recurring_fee`,
	`${when('SavingsPlanCoveredUsage', 'c.amortized')} AS savings_plan_savings_plan_effective_cost`,
	`${when('SavingsPlanCoveredUsage', 'c.net_amortized')} AS savings_plan_net_savings_plan_effective_cost`,
	`${when('SavingsPlanRecurringFee', 'c.amortized')} AS savings_plan_total_commitment_to_date`,
	`${money('0')} AS savings_plan_used_commitment`,
	`${mapOf([['user_team', 'l.team'], ['user_environment', 'l.environment']])} AS resource_tags`,
	`${mapOf([['Business Unit', 'l.business_unit']])} AS cost_category`,
];

/** FOCUS has one category where CUR has nine line item types. */
const CHARGE_CATEGORY = `CASE l.line_item_type
	WHEN 'RIFee' THEN 'Purchase' WHEN 'SavingsPlanRecurringFee' THEN 'Purchase'
	WHEN 'Credit' THEN 'Credit' WHEN 'Refund' THEN 'Adjustment' WHEN 'Tax' THEN 'Tax' ELSE 'Usage' END`;

const FOCUS = [
	...COMMON,
	`CAST(${MONTH} AS TIMESTAMP) AS BillingPeriodStart`,
	`CAST(${MONTH} + INTERVAL 1 MONTH AS TIMESTAMP) AS BillingPeriodEnd`,
	`CAST(${DAY} AS TIMESTAMP) AS ChargePeriodStart`,
	`CAST(${DAY} + 1 AS TIMESTAMP) AS ChargePeriodEnd`,
	`l.payer_account_id AS BillingAccountId`,
	`'USD' AS BillingCurrency`,
	`l.account_id AS SubAccountId`,
	`l.account_name AS SubAccountName`,
	`'AWS' AS ProviderName`,
	`'AWS' AS PublisherName`,
	`l.legal_entity AS InvoiceIssuerName`,
	`${CHARGE_CATEGORY} AS ChargeCategory`,
	`${money('c.unblended')} AS BilledCost`,
	`${money('c.amortized')} AS EffectiveCost`,
	`${money('c.unblended')} AS ListCost`,
	`${money('c.unblended')} AS ContractedCost`,
	`l.product_name AS ServiceName`,
	`l.region AS RegionId`,
	`l.availability_zone AS AvailabilityZone`,
	`l.resource_id AS ResourceId`,
	`${quantity('c.usage')} AS ConsumedQuantity`,
	`l.unit AS ConsumedUnit`,
	`l.unit AS PricingUnit`,
	`${mapOf([['user:team', 'l.team'], ['user:environment', 'l.environment']])} AS Tags`,
	`l.usage_type AS x_UsageType`,
	`l.operation AS x_Operation`,
	`l.product_code AS x_ServiceCode`,
	`${mapOf([['Business Unit', 'l.business_unit']])} AS x_CostCategories`,
	// Not in AWS's FOCUS export: the demo adds them so every Cost Explorer metric and dimension has a column.
	`l.line_item_type AS x_LineItemType`,
	`l.instance_type AS x_InstanceType`,
	`${money('c.blended')} AS x_BlendedCost`,
	`${money('c.net_unblended')} AS x_NetUnblendedCost`,
	`${money('c.net_amortized')} AS x_NetAmortizedCost`,
	`${quantity('c.normalized')} AS x_NormalizedUsageAmount`,
];

export const EXPORT_SELECT: Readonly<Record<ExportFormat, readonly string[]>> = {cur2: CUR2, focus: FOCUS};
