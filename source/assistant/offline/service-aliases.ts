import type {Expression} from '../../query.js';
import {type Sentence, normaliseQuestion} from './sentence.js';

/**
 * Words people use for a service, and Cost Explorer's exact SERVICE value
 * for it. Matched longest first, on word boundaries.
 */
export const SERVICE_ALIASES: ReadonlyArray<readonly [service: string, aliases: readonly string[]]> = [
	['Amazon Elastic Compute Cloud - Compute', ['amazon elastic compute cloud - compute', 'elastic compute cloud', 'ec2 compute', 'ec2 instances', 'ec2', 'compute', 'instances', 'instance', 'virtual machines', 'vms']],
	['EC2 - Other', ['ec2 - other', 'ec2-other', 'ec2 other', 'ebs', 'elastic block store', 'volumes', 'snapshots', 'nat gateways', 'nat gateway', 'nat']],
	['Amazon Simple Storage Service', ['amazon simple storage service', 'simple storage service', 'amazon s3', 's3', 'storage', 'buckets', 'bucket']],
	['Amazon Relational Database Service', ['amazon relational database service', 'relational database service', 'amazon rds', 'rds', 'aurora', 'databases', 'database', 'db']],
	['AWS Lambda', ['aws lambda', 'lambda', 'lambdas', 'serverless functions', 'functions']],
	['Amazon CloudFront', ['amazon cloudfront', 'cloudfront', 'cloud front', 'cdn']],
	['Amazon DynamoDB', ['amazon dynamodb', 'dynamodb', 'dynamo db', 'dynamo']],
	['Amazon Elastic Container Service for Kubernetes', ['elastic kubernetes service', 'amazon eks', 'eks', 'kubernetes', 'k8s']],
	['Amazon Elastic Container Service', ['elastic container service', 'amazon ecs', 'ecs', 'fargate']],
	['AmazonCloudWatch', ['amazoncloudwatch', 'amazon cloudwatch', 'cloudwatch', 'cloud watch']],
	['Amazon Virtual Private Cloud', ['amazon virtual private cloud', 'virtual private cloud', 'amazon vpc', 'vpc', 'vpcs']],
	['AWS Key Management Service', ['aws key management service', 'key management service', 'aws kms', 'kms']],
	['Amazon Simple Queue Service', ['amazon simple queue service', 'simple queue service', 'amazon sqs', 'sqs', 'queues']],
	['Amazon Simple Notification Service', ['amazon simple notification service', 'simple notification service', 'amazon sns', 'sns']],
	['Amazon Redshift', ['amazon redshift', 'redshift', 'data warehouse']],
	['Amazon ElastiCache', ['amazon elasticache', 'elasticache', 'elastic cache', 'redis', 'memcached']],
	['Amazon OpenSearch Service', ['amazon opensearch service', 'opensearch service', 'opensearch', 'elasticsearch']],
	['Amazon Athena', ['amazon athena', 'athena']],
	['AWS Glue', ['aws glue', 'glue']],
	['Amazon Route 53', ['amazon route 53', 'route 53', 'route53', 'dns']],
	['AWS Secrets Manager', ['aws secrets manager', 'secrets manager', 'secretsmanager', 'secrets']],
	['AWS WAF', ['aws waf', 'waf', 'web application firewall']],
	['AWS Config', ['aws config', 'config']],
	['Amazon GuardDuty', ['amazon guardduty', 'guardduty', 'guard duty']],
	['Amazon EC2 Container Registry (ECR)', ['amazon ec2 container registry', 'elastic container registry', 'container registry', 'amazon ecr', 'ecr']],
	['Amazon Elastic File System', ['amazon elastic file system', 'elastic file system', 'amazon efs', 'efs']],
	['Amazon Kinesis', ['amazon kinesis', 'kinesis']],
	['Amazon SageMaker', ['amazon sagemaker', 'sagemaker', 'sage maker']],
	['Tax', ['taxes', 'tax', 'vat']],
];

/**
 * "Data transfer" is not a service: it is billed inside EC2, S3, RDS … as
 * usage types. Cost Explorer's USAGE_TYPE_GROUP dimension names those groups
 * exactly (GetCostAndUsage does not honour CONTAINS on dimensions), so the
 * filter lists the data transfer groups of the services that have them.
 */
export const DATA_TRANSFER_USAGE_TYPE_GROUPS: readonly string[] = [
	'EC2: Data Transfer - Internet (Out)',
	'EC2: Data Transfer - Internet (In)',
	'EC2: Data Transfer - Region to Region (Out)',
	'EC2: Data Transfer - Region to Region (In)',
	'EC2: Data Transfer - Inter AZ',
	'EC2: Data Transfer - CloudFront (Out)',
	'EC2: Data Transfer - CloudFront (In)',
	'S3: Data Transfer - Internet (Out)',
	'S3: Data Transfer - Internet (In)',
	'S3: Data Transfer - Region to Region (Out)',
	'S3: Data Transfer - CloudFront (Out)',
	'RDS: Data Transfer - Internet (Out)',
	'RDS: Data Transfer - Internet (In)',
	'RDS: Data Transfer - Inter AZ',
];

const dataTransferPattern = /\b(?:data transfer|data-transfer|datatransfer|egress|bandwidth|network traffic|traffic)\b/;

const aliasPatterns: ReadonlyArray<readonly [RegExp, string]> = SERVICE_ALIASES.flatMap(([service, aliases]) =>
	aliases.map(alias => [alias, service] as const),
)
	.sort(([a], [b]) => b.length - a.length)
	.map(([alias, service]) => [new RegExp(`(?<![\\w-])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`), service] as const);

/** What the question is about: services, data transfer, or both. */
export interface Subject {
	readonly services: readonly string[];
	readonly dataTransfer: boolean;
}

/** A bill's own service names as words: "aws step functions", "step functions", "aws support". */
function billServicePatterns(services: readonly string[]): (readonly [RegExp, string])[] {
	const known = new Set(SERVICE_ALIASES.map(([service]) => service));
	return services
		.filter(service => !known.has(service))
		.flatMap(service => {
			const plain = normaliseQuestion(service).trim();
			const short = normaliseQuestion(service.replace(/\(.*?\)/g, '')).trim();
			const names = [plain, short, ...[plain, short].map(name => name.replace(/^(?:amazon|aws) /, ''))];
			return [...new Set(names)].filter(name => name.length >= 3).map(name => [name, service] as const);
		})
		.map(([name, service]) => [new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`), service] as const);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Takes every service and data-transfer mention out of the sentence; the bill's own names are read too. */
export function takeSubject(sentence: Sentence, billServices: readonly string[] = []): Subject | undefined {
	const dataTransfer = sentence.take(dataTransferPattern) !== undefined;
	const found: {readonly at: number; readonly service: string}[] = [];
	const patterns = [...billServicePatterns(billServices), ...aliasPatterns].sort(([a], [b]) => b.source.length - a.source.length);
	for (const [pattern, service] of patterns) {
		for (const match of sentence.takeAll(pattern)) found.push({at: match.index, service});
	}
	// In the order they were asked about, whatever alias length found them.
	const services = [...new Set(found.sort((a, b) => a.at - b.at).map(({service}) => service))];
	return services.length === 0 && !dataTransfer ? undefined : {services, dataTransfer};
}

/** The filter parts for a subject: one SERVICE match and/or one USAGE_TYPE_GROUP match. */
export function subjectFilters(subject: Subject): Expression[] {
	const parts: Expression[] = [];
	if (subject.services.length > 0) parts.push({Dimensions: {Key: 'SERVICE', Values: [...subject.services]}});
	if (subject.dataTransfer) parts.push({Dimensions: {Key: 'USAGE_TYPE_GROUP', Values: [...DATA_TRANSFER_USAGE_TYPE_GROUPS]}});
	return parts;
}
