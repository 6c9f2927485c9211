import {type DemoService, SAVINGS_PLANS_SERVICE, SUPPORT_SERVICE, TAX_SERVICE, usage} from './usage-template.js';

/** Managed services, security, analytics, and the lines that are not usage (support, savings plans, tax). */
export const MANAGED_SERVICES: readonly DemoService[] = [
	{
		name: 'Amazon Route 53',
		code: 'AmazonRoute53',
		global: true,
		usageTypes: [
			usage('HostedZone', 'HostedZone', 0.5 / 30, 1, 'Hosted Zone', 'steady'),
			usage('DNS-Queries', 'Queries', 0.0000004, 1.5, 'DNS-Queries', 'requests'),
		],
	},
	{
		name: 'Amazon Simple Queue Service',
		code: 'AWSQueueService',
		global: false,
		usageTypes: [usage('Requests-RBP', 'Requests', 0.0000004, 1, 'ReceiveMessage', 'requests')],
	},
	{
		name: 'Amazon Simple Notification Service',
		code: 'AmazonSNS',
		global: false,
		usageTypes: [usage('Requests-Tier1', 'Requests', 0.0000005, 1, 'Publish', 'requests')],
	},
	{
		name: 'AWS Secrets Manager',
		code: 'AWSSecretsManager',
		global: false,
		usageTypes: [
			usage('AWSSecretsManager-Secrets', 'Secrets', 0.4 / 30, 1, 'StorageSecret', 'steady'),
			usage('AWSSecretsManagerAPIRequest', 'API Requests', 0.000005, 0.5, 'GetSecretValue', 'requests'),
		],
	},
	{
		name: 'Amazon API Gateway',
		code: 'AmazonApiGateway',
		global: false,
		usageTypes: [
			usage('ApiGatewayRequest', 'Requests', 0.0000035, 2, 'ApiGatewayRequest', 'requests'),
			usage('ApiGatewayHttpRequest', 'Requests', 0.000001, 1, 'ApiGatewayHttpApi', 'requests'),
		],
	},
	{
		name: 'Amazon Athena',
		code: 'AmazonAthena',
		global: false,
		usageTypes: [usage('DataScannedInTB', 'Terabytes', 5, 1, 'RunQuery', 'elastic')],
	},
	{
		name: 'AWS Glue',
		code: 'AWSGlue',
		global: false,
		usageTypes: [
			usage('ETL-DPU-Hour', 'DPU-Hour', 0.44, 3, 'Jobrun', 'elastic'),
			usage('Crawler-DPU-Hour', 'DPU-Hour', 0.44, 0.5, 'CrawlerRun', 'elastic'),
			usage('Catalog-Request', 'Requests', 0.000001, 0.3, 'Request', 'requests'),
		],
	},
	{
		name: 'Amazon Kinesis',
		code: 'AmazonKinesis',
		global: false,
		usageTypes: [
			usage('Storage-ShardHour', 'ShardHour', 0.015, 2, 'shardHourStorage', 'steady'),
			usage('PutRequestPayloadUnits', 'PutRequestPayloadUnits', 0.000000014, 1, 'PutRecord', 'requests'),
		],
	},
	{
		name: 'Amazon Redshift',
		code: 'AmazonRedshift',
		global: false,
		usageTypes: [
			usage('Node:ra3.xlplus', 'Hrs', 1.086, 3, 'RunComputeNode:0001', 'steady', {instanceType: 'ra3.xlplus'}),
			usage('RMS:ra3.xlplus', 'GB-Mo', 0.024, 1, 'RunComputeNode:0001', 'steady'),
		],
	},
	{
		name: 'Amazon OpenSearch Service',
		code: 'AmazonES',
		global: false,
		usageTypes: [
			usage('ESInstance:r6g.large', 'Hrs', 0.167, 2, 'ESDomain', 'steady', {instanceType: 'r6g.large.search'}),
			usage('ES:GP3-Storage', 'GB-Mo', 0.122, 1, 'ESDomain', 'steady'),
		],
	},
	{
		name: 'AWS Step Functions',
		code: 'AmazonStates',
		global: false,
		usageTypes: [usage('StateTransition', 'StateTransitions', 0.000025, 1, 'StateTransition', 'requests')],
	},
	{
		name: 'Amazon EC2 Container Registry (ECR)',
		code: 'AmazonECR',
		global: false,
		usageTypes: [usage('TimedStorage-ByteHrs', 'GB-Mo', 0.1, 1, 'StorageUsage', 'steady')],
	},
	{
		name: 'Amazon Elastic File System',
		code: 'AmazonEFS',
		global: false,
		usageTypes: [
			usage('TimedStorage-ByteHrs', 'GB-Mo', 0.3, 2, 'Storage', 'steady'),
			usage('TimedStorage-IA-ByteHrs', 'GB-Mo', 0.016, 0.5, 'IAStorage', 'steady'),
		],
	},
	{
		name: 'AWS Backup',
		code: 'AWSBackup',
		global: false,
		usageTypes: [
			usage('WarmStorage-ByteHrs-EBS', 'GB-Mo', 0.05, 1.5, 'Storage', 'steady'),
			usage('WarmStorage-ByteHrs-RDS', 'GB-Mo', 0.095, 1, 'Storage', 'steady'),
		],
	},
	{
		name: 'Amazon GuardDuty',
		code: 'AmazonGuardDuty',
		global: false,
		usageTypes: [
			usage('PaidEventsAnalyzed', 'Events', 0.000004, 1.5, 'CloudTrailAnalysis', 'requests'),
			usage('PaidGB', 'GB', 1, 1, 'VPCFlowLogsAnalysis', 'requests'),
			usage('PaidS3DataEventsAnalyzed', 'Events', 0.0000008, 0.5, 'S3DataEventAnalysis', 'requests'),
		],
	},
	{
		name: 'AWS Config',
		code: 'AWSConfig',
		global: false,
		usageTypes: [
			usage('ConfigurationItemRecorded', 'ConfigurationItem', 0.003, 2, 'RecordConfigurationItem', 'requests'),
			usage('ConfigRuleEvaluations', 'Evaluations', 0.001, 1, 'EvaluateConfigRule', 'requests'),
		],
	},
	{
		name: 'AWS CloudTrail',
		code: 'AWSCloudTrail',
		global: false,
		usageTypes: [
			usage('PaidEventsRecorded', 'Events', 0.00001, 1, 'LookupEvents', 'requests'),
			usage('DataEventsRecorded', 'Events', 0.000001, 0.6, 'DataEvents', 'requests'),
		],
	},
	{
		name: 'AWS WAF',
		code: 'awswaf',
		global: false,
		usageTypes: [
			usage('WebACL', 'WebACL', 5 / 30, 0.5, 'Unknown', 'steady'),
			usage('Rule', 'Rule', 1 / 30, 0.5, 'Unknown', 'steady'),
			usage('Request', 'Requests', 0.0000006, 1, 'Unknown', 'requests'),
		],
	},
	{
		name: 'Amazon SageMaker',
		code: 'AmazonSageMaker',
		global: false,
		usageTypes: [
			usage('Train:ml.g5.xlarge', 'Hrs', 1.408, 3, 'CreateTrainingJob', 'elastic', {instanceType: 'ml.g5.xlarge'}),
			usage('Host:ml.m5.large', 'Hrs', 0.115, 1.5, 'RunInstance', 'steady', {instanceType: 'ml.m5.large'}),
			usage('Notebk:ml.t3.medium', 'Hrs', 0.05, 0.5, 'RunInstance', 'elastic', {instanceType: 'ml.t3.medium'}),
		],
	},
	{
		name: 'AWS Security Hub',
		code: 'AWSSecurityHub',
		global: false,
		usageTypes: [
			usage('PaidComplianceCheck', 'Checks', 0.001, 1, 'ComplianceCheck', 'requests'),
			usage('PaidFindingsIngested', 'Findings', 0.00003, 0.4, 'BatchImportFindings', 'requests'),
		],
	},
	{
		name: 'AWS Cost Explorer',
		code: 'AWSCostExplorer',
		global: false,
		usageTypes: [usage('APIRequest', 'Requests', 0.01, 1, 'GetCostAndUsage', 'requests')],
	},
	{
		name: SUPPORT_SERVICE,
		code: 'AWSSupportBusiness',
		global: true,
		usageTypes: [usage('Business-Support', 'Dollar', 1, 1, 'Support', 'steady')],
	},
	{
		name: SAVINGS_PLANS_SERVICE,
		code: 'ComputeSavingsPlans',
		global: true,
		usageTypes: [usage('ComputeSP:3yrPartialUpfront', 'Hrs', 1, 1, 'Savings Plan', 'steady')],
	},
	{
		name: TAX_SERVICE,
		code: 'Tax',
		global: true,
		usageTypes: [usage('Tax', 'N/A', 1, 1, 'Tax', 'steady')],
	},
];
