/**
 * Short names for Cost Explorer's SERVICE values, the one table of them:
 * narrow panes show "EC2" where "Amazon Elastic Compute Cloud - Compute" does not fit.
 */
const SHORT_SERVICE_NAMES: Readonly<Record<string, string>> = {
	'Amazon Elastic Compute Cloud - Compute': 'EC2',
	'EC2 - Other': 'EC2 Other',
	'Amazon Simple Storage Service': 'S3',
	'Amazon Relational Database Service': 'RDS',
	'Amazon DynamoDB': 'DynamoDB',
	AmazonCloudWatch: 'CloudWatch',
	'Savings Plans for AWS Compute usage': 'Savings Plans',
	'Amazon Virtual Private Cloud': 'VPC',
	'AWS Lambda': 'Lambda',
	'Amazon SageMaker': 'SageMaker',
	'Amazon Redshift': 'Redshift',
	'Amazon Athena': 'Athena',
	'Amazon ElastiCache': 'ElastiCache',
	'Amazon GuardDuty': 'GuardDuty',
	'AWS Config': 'Config',
	'Amazon Elastic Load Balancing': 'ELB',
	'Amazon CloudFront': 'CloudFront',
	'Amazon Elastic Container Service': 'ECS',
	'Amazon Elastic Container Service for Kubernetes': 'EKS',
	'Amazon Elastic Kubernetes Service': 'EKS',
	'Amazon EC2 Container Registry (ECR)': 'ECR',
	'Amazon Elastic File System': 'EFS',
	'Amazon Elastic Block Store': 'EBS',
	'Amazon Simple Queue Service': 'SQS',
	'Amazon Simple Notification Service': 'SNS',
	'Amazon Simple Email Service': 'SES',
	'Amazon Kinesis': 'Kinesis',
	'Amazon OpenSearch Service': 'OpenSearch',
	'Amazon Route 53': 'Route 53',
	'Amazon API Gateway': 'API Gateway',
	'Amazon EMR': 'EMR',
	'Amazon Elastic MapReduce': 'EMR',
	'AWS Key Management Service': 'KMS',
	'AWS Secrets Manager': 'Secrets Manager',
	'AWS CloudTrail': 'CloudTrail',
	'AWS Glue': 'Glue',
	'AWS Step Functions': 'Step Functions',
	'AWS Backup': 'Backup',
	'AWS Security Hub': 'Security Hub',
	'AWS Systems Manager': 'SSM',
	'AWS Support (Business)': 'Support',
	'AWS Support (Enterprise)': 'Support',
	'AWS Support (Developer)': 'Support',
	'AWS Cost Explorer': 'Cost Explorer',
	'AWS WAF': 'WAF',
	'AWS Data Transfer': 'Data Transfer',
};

/** "EC2" for "Amazon Elastic Compute Cloud - Compute"; other names lose their "Amazon "/"AWS " prefix. */
export function shortServiceName(name: string): string {
	return SHORT_SERVICE_NAMES[name] ?? name.replace(/^(Amazon|AWS) (?=\S)/, '');
}

/** Marks a figure that is not final yet; a cut name keeps it. */
export const ESTIMATED_MARK = ' ~';

/**
 * A name fitted to `width` cells: whole when it fits, else its short name,
 * else cut with "…". The estimated mark is kept whole after the name.
 */
export function fitName(name: string, width: number, estimated = false): string {
	const mark = estimated ? ESTIMATED_MARK : '';
	const room = width - mark.length;
	if (room <= 0) return [...`${name}${mark}`].slice(0, Math.max(0, width)).join('');
	// "EC2 · us-east-1": each part of a two-way row is shortened on its own.
	const short = name.split(' · ').map(shortServiceName).join(' · ');
	for (const candidate of [name, short]) if ([...candidate].length <= room) return `${candidate}${mark}`;
	return `${[...short].slice(0, Math.max(0, room - 1)).join('')}…${mark}`;
}
