import {describe, it} from 'vitest';
import {
	EC2,
	type Expected,
	LAMBDA,
	RDS,
	S3,
	account,
	and,
	dataTransfer,
	expectQuestion,
	service,
	tag,
} from './expect-parsed.js';

const thisMonth = ['2026-11-01', '2026-11-26'] as const;
const lastMonth = ['2026-10-01', '2026-11-01'] as const;
const totalOn = (filter: Expected['filter'], period: readonly [string, string] = thisMonth): Expected => ({
	kind: 'total',
	period,
	granularity: 'MONTHLY',
	filter,
});

describe('services by name and alias', () => {
	it.each<[string, Expected]>([
		['How much did I spend on EC2 last month?', totalOn(service(EC2), lastMonth)],
		['compute costs last month', totalOn(service(EC2), lastMonth)],
		['what did instances cost in october', totalOn(service(EC2), lastMonth)],
		['EBS spend last month', totalOn(service('EC2 - Other'), lastMonth)],
		['nat gateway cost last month', totalOn(service('EC2 - Other'), lastMonth)],
		['ec2 other last month', totalOn(service('EC2 - Other'), lastMonth)],
		['EC2-Other spend', totalOn(service('EC2 - Other'))],
		['S3 spend last month', totalOn(service(S3), lastMonth)],
		['storage costs this month', totalOn(service(S3))],
		['how much do my buckets cost', totalOn(service(S3))],
		['RDS cost last month', totalOn(service(RDS), lastMonth)],
		['database spend', totalOn(service(RDS))],
		['databases cost', totalOn(service(RDS))],
		['lambda costs', totalOn(service(LAMBDA))],
		['how much on functions', totalOn(service(LAMBDA))],
		['data transfer costs last month', totalOn(dataTransfer, lastMonth)],
		['egress this month', totalOn(dataTransfer)],
		['bandwidth spend', totalOn(dataTransfer)],
		['CloudFront spend', totalOn(service('Amazon CloudFront'))],
		['DynamoDB cost', totalOn(service('Amazon DynamoDB'))],
		['EKS spend', totalOn(service('Amazon Elastic Container Service for Kubernetes'))],
		['kubernetes costs', totalOn(service('Amazon Elastic Container Service for Kubernetes'))],
		['CloudWatch costs', totalOn(service('AmazonCloudWatch'))],
		['VPC cost', totalOn(service('Amazon Virtual Private Cloud'))],
		['KMS spend', totalOn(service('AWS Key Management Service'))],
		['ECS costs', totalOn(service('Amazon Elastic Container Service'))],
		['SQS spend', totalOn(service('Amazon Simple Queue Service'))],
		['SNS spend', totalOn(service('Amazon Simple Notification Service'))],
		['Redshift costs', totalOn(service('Amazon Redshift'))],
		['ElastiCache spend', totalOn(service('Amazon ElastiCache'))],
		['OpenSearch cost', totalOn(service('Amazon OpenSearch Service'))],
		['Athena spend', totalOn(service('Amazon Athena'))],
		['Glue costs', totalOn(service('AWS Glue'))],
		['Route 53 spend', totalOn(service('Amazon Route 53'))],
		['Secrets Manager cost', totalOn(service('AWS Secrets Manager'))],
		['WAF spend', totalOn(service('AWS WAF'))],
		['AWS Config costs', totalOn(service('AWS Config'))],
		['GuardDuty spend', totalOn(service('Amazon GuardDuty'))],
		['ECR cost', totalOn(service('Amazon EC2 Container Registry (ECR)'))],
		['EFS spend', totalOn(service('Amazon Elastic File System'))],
		['Kinesis costs', totalOn(service('Amazon Kinesis'))],
		['SageMaker spend', totalOn(service('Amazon SageMaker'))],
		['how much tax did I pay', totalOn(service('Tax'))],
		['Amazon Simple Storage Service spend', totalOn(service(S3))],
		['EC2 and S3 last month', totalOn(service(EC2, S3), lastMonth)],
		['EC2, S3 & Lambda costs', totalOn(service(EC2, S3, LAMBDA))],
		['S3 data transfer last month', totalOn(and(service(S3), dataTransfer), lastMonth)],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

const breakdown = (groupBy: string[], extra: Partial<Expected> = {}): Expected => ({
	kind: 'breakdown',
	period: thisMonth,
	granularity: 'MONTHLY',
	groupBy,
	...extra,
});

describe('group-bys and granularity', () => {
	it.each<[string, Expected]>([
		['spend by region last month', breakdown(['REGION'], {period: lastMonth})],
		['cost per account this month', breakdown(['LINKED_ACCOUNT'])],
		['costs by usage type', breakdown(['USAGE_TYPE'])],
		['spend by service', breakdown(['SERVICE'])],
		['cost by team tag', breakdown(['TAG:team'])],
		['spend by tag team', breakdown(['TAG:team'])],
		['spend per team', breakdown(['TAG:team'])],
		['cost by environment', breakdown(['TAG:environment'])],
		['spend by instance type', breakdown(['INSTANCE_TYPE'])],
		['EC2 by instance type last month', breakdown(['INSTANCE_TYPE'], {period: lastMonth, filter: service(EC2)})],
		['spend by service and region', breakdown(['SERVICE', 'REGION'])],
		['costs by tag owner', breakdown(['TAG:owner'])],
		['cost split by availability zone', breakdown(['AZ'])],
		['which accounts cost what in October', breakdown(['LINKED_ACCOUNT'], {period: lastMonth})],
		['daily spend last 14 days', {kind: 'trend', period: ['2026-11-11', '2026-11-25'], granularity: 'DAILY'}],
		['S3 costs per day this month', {kind: 'trend', period: thisMonth, granularity: 'DAILY', filter: service(S3)}],
		['monthly spend last 6 months', {kind: 'trend', period: ['2026-05-01', '2026-11-01'], granularity: 'MONTHLY'}],
		['spend by month since March', {kind: 'trend', period: ['2026-03-01', '2026-11-26'], granularity: 'MONTHLY'}],
		['my monthly bill', {kind: 'total', period: thisMonth, granularity: 'MONTHLY'}],
		['hourly spend yesterday', {kind: 'trend', period: ['2026-11-24', '2026-11-25'], granularity: 'HOURLY'}],
		['spend by region, daily, last week', {kind: 'trend', period: ['2026-11-16', '2026-11-23'], granularity: 'DAILY', groupBy: ['REGION']}],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

describe('metrics', () => {
	it.each<[string, Expected]>([
		['amortized cost last month', {...totalOn(undefined, lastMonth), metric: 'AmortizedCost'}],
		['amortised spend last month', {...totalOn(undefined, lastMonth), metric: 'AmortizedCost'}],
		['net amortized cost last month', {...totalOn(undefined, lastMonth), metric: 'NetAmortizedCost'}],
		['net cost this month', {...totalOn(undefined), metric: 'NetUnblendedCost'}],
		['net unblended costs', {...totalOn(undefined), metric: 'NetUnblendedCost'}],
		['blended costs', {...totalOn(undefined), metric: 'BlendedCost'}],
		['unblended cost', totalOn(undefined)],
		['EC2 usage hours last month', {...totalOn(service(EC2), lastMonth), metric: 'UsageQuantity'}],
		['storage usage by usage type', breakdown(['USAGE_TYPE'], {metric: 'UsageQuantity', filter: service(S3)})],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

describe('accounts, environments and teams', () => {
	it.each<[string, Expected]>([
		['costs in Production last month', totalOn(account('111111111111'), lastMonth)],
		['spend for account 222222222222', totalOn(account('222222222222'))],
		['cost for the Data Platform account', totalOn(account('222222222222'))],
		['spend in account 333333333333', totalOn(account('333333333333'))],
		['S3 in production and data platform', totalOn(and(service(S3), account('111111111111', '222222222222')))],
		['only prod this month', totalOn(tag('environment', 'prod'))],
		['spend in staging', totalOn(tag('environment', 'staging'))],
		['dev environment costs', totalOn(tag('environment', 'dev'))],
		['spend for env=qa', totalOn(tag('environment', 'qa'))],
		['team payments spend last month', totalOn(tag('team', 'payments'), lastMonth)],
		['how much did the search team spend', totalOn(tag('team', 'search'))],
		['spend tagged project=apollo', totalOn(tag('project', 'apollo'))],
		['lambda in staging for team payments', totalOn(and(service(LAMBDA), tag('environment', 'staging'), tag('team', 'payments')))],
		['prod spend by team', breakdown(['TAG:team'], {filter: tag('environment', 'prod')})],
	])('%s', (question, expected) => expectQuestion(question, expected));
});
