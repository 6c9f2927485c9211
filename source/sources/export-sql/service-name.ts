/** Cost Explorer splits EC2 in two services; a bill's product data has one. */
export const EC2_COMPUTE_SERVICE = 'Amazon Elastic Compute Cloud - Compute';
export const EC2_OTHER_SERVICE = 'EC2 - Other';

/** Usage types Cost Explorer books under "Amazon Elastic Compute Cloud - Compute": instance hours, however bought. */
const INSTANCE_USAGE = ['BoxUsage', 'HeavyUsage', 'SpotUsage', 'DedicatedUsage', 'HostUsage', 'ReservedHostUsage', 'UnusedBox', 'UnusedDed'];

/**
 * SERVICE as Cost Explorer names it: the product name, except that EC2's
 * instance hours are "Amazon Elastic Compute Cloud - Compute" and the rest
 * of EC2 (volumes, snapshots, NAT, data transfer, IPs) "EC2 - Other".
 */
export function ceServiceSql(columns: {readonly code: string; readonly name: string; readonly usageType: string}): string {
	const instance = INSTANCE_USAGE.map(kind => `${columns.usageType} LIKE '%${kind}%'`).join(' OR ');
	return `CASE WHEN ${columns.code} = 'AmazonEC2' THEN (CASE WHEN ${instance} THEN '${EC2_COMPUTE_SERVICE}' ELSE '${EC2_OTHER_SERVICE}' END)
		ELSE coalesce(nullif(${columns.name}, ''), ${columns.code}) END`;
}
