import type {FilterDimension, Metric} from '../../query.js';
import {ceServiceSql} from './service-name.js';
import {type ColumnReader, type DimensionExpr, type ExportSchema, type Expr, expr} from './schema.js';

const plain = (column: string, missing?: string): DimensionExpr => ({sql: column, columns: [column], ...(missing === undefined ? {} : {missing})});
const TAG_PREFIX = 'user:';

/**
 * FOCUS 1.x as AWS exports it ("FOCUS 1.0 with AWS columns"). Columns
 * starting `x_` other than AWS's own (x_UsageType, x_Operation, x_ServiceCode,
 * x_CostCategories) are aws-cost's demo additions; a real FOCUS export lacks
 * them, and the metrics and dimensions that need them say so.
 */
export function focusSchema(read: ColumnReader): ExportSchema {
	const service = ceServiceSql({code: 'x_ServiceCode', name: 'ServiceName', usageType: 'x_UsageType'});
	const dimensions: Partial<Record<FilterDimension, DimensionExpr>> = {
		SERVICE: {sql: service, columns: ['x_ServiceCode', 'ServiceName', 'x_UsageType']},
		SERVICE_CODE: plain('x_ServiceCode'),
		LINKED_ACCOUNT: plain('SubAccountId'),
		LINKED_ACCOUNT_NAME: plain('SubAccountName'),
		REGION: {sql: `coalesce(nullif(RegionId, ''), 'global')`, columns: ['RegionId']},
		AZ: plain('AvailabilityZone', 'NoAZ'),
		USAGE_TYPE: plain('x_UsageType'),
		INSTANCE_TYPE: plain('x_InstanceType', 'NoInstanceType'),
		RECORD_TYPE: plain('x_LineItemType'),
		OPERATION: plain('x_Operation', 'NoOperation'),
		LEGAL_ENTITY_NAME: plain('InvoiceIssuerName'),
		INVOICING_ENTITY: plain('InvoiceIssuerName'),
		BILLING_ENTITY: plain('ProviderName'),
		RESOURCE_ID: plain('ResourceId', 'NoResourceId'),
	};
	const money = (column: string): Expr => expr(read.money(column), column);
	const metrics: Readonly<Record<Metric, string>> = {
		UnblendedCost: 'BilledCost',
		AmortizedCost: 'EffectiveCost',
		BlendedCost: 'x_BlendedCost',
		NetUnblendedCost: 'x_NetUnblendedCost',
		NetAmortizedCost: 'x_NetAmortizedCost',
		UsageQuantity: 'ConsumedQuantity',
		NormalizedUsageAmount: 'x_NormalizedUsageAmount',
	};
	return {
		format: 'focus',
		usageStart: 'ChargePeriodStart',
		billingPeriod: 'billing_period',
		account: 'SubAccountId',
		accountName: 'SubAccountName',
		required: ['ChargePeriodStart', 'SubAccountId', 'BilledCost', 'ServiceName'],
		metric: metric => money(metrics[metric]),
		dimension: dimension => dimensions[dimension],
		tag: key => expr(read.mapValue('Tags', `${TAG_PREFIX}${key}`), 'Tags'),
		costCategory: name => expr(read.mapValue('x_CostCategories', name), 'x_CostCategories'),
		unit: expr('ConsumedUnit', 'ConsumedUnit'),
		tagColumn: 'Tags',
		tagKeyOf: mapKey => (mapKey.startsWith(TAG_PREFIX) ? mapKey.slice(TAG_PREFIX.length) : undefined),
		costCategoryColumn: 'x_CostCategories',
	};
}
