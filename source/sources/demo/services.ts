/**
 * The services the demo bills, spelled as Cost Explorer spells them, with the
 * usage types each one charges for (region prefix added per region later).
 */

/** How a usage type moves over the week and the day. */
export type UsageShape = 'elastic' | 'requests' | 'steady';

export interface UsageTemplate {
	/** Without the region prefix: "BoxUsage:m5.large". */
	readonly usageType: string;
	readonly unit: string;
	/** USD per unit, roughly the public on-demand price. */
	readonly unitPrice: number;
	/** Share of the service's spend, relative to its siblings. */
	readonly weight: number;
	readonly operation: string;
	readonly shape: UsageShape;
	readonly usageTypeGroup?: string;
	readonly instanceType?: string;
	readonly platform?: string;
	readonly databaseEngine?: string;
	readonly cacheEngine?: string;
	readonly deploymentOption?: string;
}

export interface DemoService {
	readonly name: string;
	readonly code: string;
	/** Billed in region `global`, usage types carry no region prefix. */
	readonly global: boolean;
	/** S3 keeps its legacy unprefixed usage types in us-east-1. */
	readonly plainInUsEast1?: boolean;
	readonly usageTypes: readonly UsageTemplate[];
}

const usage = (
	usageType: string,
	unit: string,
	unitPrice: number,
	weight: number,
	operation: string,
	shape: UsageShape,
	extra: Partial<UsageTemplate> = {},
): UsageTemplate => ({usageType, unit, unitPrice, weight, operation, shape, ...extra});

const ec2Instance = (type: string, price: number, weight: number, platform = 'Linux/UNIX'): UsageTemplate =>
	usage(`BoxUsage:${type}`, 'Hrs', price, weight, platform === 'Windows' ? 'RunInstances:0002' : 'RunInstances', 'elastic', {
		instanceType: type,
		platform,
		usageTypeGroup: 'EC2: Running Hours',
	});

const rdsInstance = (type: string, price: number, weight: number, engine: string, multiAz = false): UsageTemplate =>
	usage(`${multiAz ? 'Multi-AZUsage' : 'InstanceUsage'}:${type}`, 'Hrs', price, weight, 'CreateDBInstance:0014', 'steady', {
		instanceType: type,
		databaseEngine: engine,
		deploymentOption: multiAz ? 'Multi-AZ' : 'Single-AZ',
		usageTypeGroup: 'RDS: Running Hours',
	});

export const EC2_COMPUTE = 'Amazon Elastic Compute Cloud - Compute';
export const EC2_OTHER = 'EC2 - Other';
export const SAVINGS_PLANS_SERVICE = 'Savings Plans for AWS Compute usage';
export const SUPPORT_SERVICE = 'AWS Support (Business)';
export const TAX_SERVICE = 'Tax';

export const DEMO_SERVICES: readonly DemoService[] = [
	{
		name: EC2_COMPUTE,
		code: 'AmazonEC2',
		global: false,
		usageTypes: [
			ec2Instance('m5.large', 0.096, 3),
			ec2Instance('m5.xlarge', 0.192, 4),
			ec2Instance('m5.2xlarge', 0.384, 3),
			ec2Instance('m6i.large', 0.096, 2),
			ec2Instance('m7i.xlarge', 0.2016, 2),
			ec2Instance('c6i.large', 0.085, 2),
			ec2Instance('c6i.2xlarge', 0.34, 3),
			ec2Instance('c7g.xlarge', 0.145, 2),
			ec2Instance('r6g.xlarge', 0.2016, 2),
			ec2Instance('r5.2xlarge', 0.504, 2),
			ec2Instance('t3.medium', 0.0416, 1),
			ec2Instance('t3.large', 0.0832, 1),
			ec2Instance('t4g.small', 0.0168, 0.5),
			ec2Instance('i4i.xlarge', 0.343, 1),
			ec2Instance('t3.xlarge', 0.3136, 0.8, 'Windows'),
			ec2Instance('g5.xlarge', 1.006, 1.5),
			ec2Instance('p3.2xlarge', 3.06, 2),
		],
	},
	{
		name: EC2_OTHER,
		code: 'AmazonEC2',
		global: false,
		usageTypes: [
			usage('EBS:VolumeUsage.gp3', 'GB-Mo', 0.08, 4, 'CreateVolume-Gp3', 'steady', {usageTypeGroup: 'EC2: EBS - SSD(gp3)'}),
			usage('EBS:VolumeUsage.gp2', 'GB-Mo', 0.1, 1.5, 'CreateVolume-Gp2', 'steady', {usageTypeGroup: 'EC2: EBS - SSD(gp2)'}),
			usage('EBS:VolumeUsage.io2', 'GB-Mo', 0.125, 1, 'CreateVolume-io2', 'steady', {usageTypeGroup: 'EC2: EBS - Provisioned IOPS SSD'}),
			usage('EBS:VolumeP-IOPS.io2', 'IOPS-Mo', 0.065, 1, 'CreateVolume-io2', 'steady'),
			usage('EBS:VolumeUsage.st1', 'GB-Mo', 0.045, 0.6, 'CreateVolume-st1', 'steady', {usageTypeGroup: 'EC2: EBS - Throughput Optimized HDD'}),
			usage('EBS:SnapshotUsage', 'GB-Mo', 0.05, 2, 'CreateSnapshot', 'steady', {usageTypeGroup: 'EC2: EBS - Snapshots'}),
			usage('NatGateway-Hours', 'Hrs', 0.045, 1, 'NatGateway', 'steady', {usageTypeGroup: 'EC2: NAT Gateway - Running Hours'}),
			usage('NatGateway-Bytes', 'GB', 0.045, 2.5, 'NatGateway', 'requests', {usageTypeGroup: 'EC2: NAT Gateway - Data Processed'}),
			usage('DataTransfer-Out-Bytes', 'GB', 0.09, 3, 'RunInstances', 'requests', {usageTypeGroup: 'EC2: Data Transfer - Internet (Out)'}),
			usage('DataTransfer-Regional-Bytes', 'GB', 0.01, 1.5, 'InterZone-Out', 'requests', {usageTypeGroup: 'EC2: Data Transfer - Inter AZ'}),
			usage('ElasticIP:IdleAddress', 'Hrs', 0.005, 0.1, 'AssociateAddressVPC', 'steady'),
			usage('CPUCredits:t3', 'vCPU-Hours', 0.05, 0.2, 'RunInstances', 'elastic'),
		],
	},
	{
		name: 'Amazon Simple Storage Service',
		code: 'AmazonS3',
		global: false,
		plainInUsEast1: true,
		usageTypes: [
			usage('TimedStorage-ByteHrs', 'GB-Mo', 0.023, 5, 'StandardStorage', 'steady', {usageTypeGroup: 'S3: Storage - Standard'}),
			usage('TimedStorage-INT-FA-ByteHrs', 'GB-Mo', 0.023, 2, 'IntelligentTieringFAStorage', 'steady'),
			usage('TimedStorage-GlacierByteHrs', 'GB-Mo', 0.0036, 1, 'GlacierStorage', 'steady'),
			usage('TimedStorage-SIA-ByteHrs', 'GB-Mo', 0.0125, 0.8, 'StandardIAStorage', 'steady'),
			usage('Requests-INT-Tier1', 'Requests', 0.000005, 0.4, 'PutObject', 'requests'),
			usage('Requests-Tier1', 'Requests', 0.000005, 2, 'PutObject', 'requests', {usageTypeGroup: 'S3: API Requests - Standard'}),
			usage('Requests-Tier2', 'Requests', 0.0000004, 1, 'GetObject', 'requests', {usageTypeGroup: 'S3: API Requests - Standard'}),
			usage('DataTransfer-Out-Bytes', 'GB', 0.09, 1, 'GetObject', 'requests', {usageTypeGroup: 'S3: Data Transfer - Internet (Out)'}),
		],
	},
	{
		name: 'Amazon Relational Database Service',
		code: 'AmazonRDS',
		global: false,
		usageTypes: [
			rdsInstance('db.r6g.large', 0.26, 2, 'PostgreSQL'),
			rdsInstance('db.r6g.xlarge', 0.52, 3, 'PostgreSQL'),
			rdsInstance('db.r6g.2xlarge', 2.08, 3, 'Aurora PostgreSQL', true),
			rdsInstance('db.t4g.medium', 0.065, 0.5, 'MySQL'),
			rdsInstance('db.m6g.large', 0.168, 1, 'MySQL', true),
			usage('RDS:GP3-Storage', 'GB-Mo', 0.115, 1.5, 'CreateDBInstance:0014', 'steady'),
			usage('RDS:ChargedBackupUsage', 'GB-Mo', 0.095, 0.7, 'CreateDBInstance:0014', 'steady'),
			usage('Aurora:StorageIOUsage', 'IOs', 0.0000002, 1, 'CreateDBInstance:0021', 'requests', {databaseEngine: 'Aurora PostgreSQL'}),
		],
	},
	{
		name: 'AWS Lambda',
		code: 'AWSLambda',
		global: false,
		usageTypes: [
			usage('Lambda-GB-Second', 'Lambda-GB-Second', 0.0000166667, 4, 'Invoke', 'requests'),
			usage('Lambda-GB-Second-ARM', 'Lambda-GB-Second', 0.0000133334, 1.5, 'Invoke', 'requests'),
			usage('Request', 'Requests', 0.0000002, 1, 'Invoke', 'requests'),
			usage('Lambda-Provisioned-Concurrency', 'Lambda-GB-Second', 0.0000041667, 0.6, 'Invoke', 'steady'),
		],
	},
	{
		name: 'Amazon CloudFront',
		code: 'AmazonCloudFront',
		global: true,
		usageTypes: [
			usage('US-DataTransfer-Out-Bytes', 'GB', 0.085, 4, 'GET', 'requests'),
			usage('EU-DataTransfer-Out-Bytes', 'GB', 0.085, 2, 'GET', 'requests'),
			usage('AP-DataTransfer-Out-Bytes', 'GB', 0.114, 1, 'GET', 'requests'),
			usage('US-Requests-Tier1', 'Requests', 0.000001, 1.5, 'GET', 'requests'),
			usage('EU-Requests-Tier1', 'Requests', 0.0000012, 0.7, 'GET', 'requests'),
		],
	},
	{
		name: 'Amazon DynamoDB',
		code: 'AmazonDynamoDB',
		global: false,
		usageTypes: [
			usage('ReadRequestUnits', 'ReadRequestUnits', 0.00000025, 2, 'PayPerRequestThroughput', 'requests'),
			usage('WriteRequestUnits', 'WriteRequestUnits', 0.00000125, 2.5, 'PayPerRequestThroughput', 'requests'),
			usage('TimedStorage-ByteHrs', 'GB-Mo', 0.25, 1, 'StandardStorage', 'steady'),
			usage('TimedPITRStorage-ByteHrs', 'GB-Mo', 0.2, 0.5, 'RestoreTableToPointInTime', 'steady'),
			usage('TimedBackupStorage-ByteHrs', 'GB-Mo', 0.1, 0.3, 'CreateBackup', 'steady'),
		],
	},
	{
		name: 'Amazon Elastic Container Service for Kubernetes',
		code: 'AmazonEKS',
		global: false,
		usageTypes: [usage('AmazonEKS-Hours:perCluster', 'Hrs', 0.1, 1, 'CreateOperation', 'steady')],
	},
	{
		name: 'Amazon Elastic Container Service',
		code: 'AmazonECS',
		global: false,
		usageTypes: [
			usage('Fargate-vCPU-Hours:perCPU', 'hours', 0.04048, 3, 'FargateTask', 'elastic'),
			usage('Fargate-GB-Hours', 'hours', 0.004445, 1.5, 'FargateTask', 'elastic'),
			usage('Fargate-ARM-vCPU-Hours:perCPU', 'hours', 0.03238, 1, 'FargateTask', 'elastic'),
			usage('Fargate-EphemeralStorage-GB-Hours', 'GB-Hours', 0.000111, 0.1, 'FargateTask', 'elastic'),
		],
	},
	{
		name: 'AmazonCloudWatch',
		code: 'AmazonCloudWatch',
		global: false,
		usageTypes: [
			usage('CW:MetricMonitorUsage', 'Metrics', 0.3, 2, 'MetricStorage', 'steady'),
			usage('DataProcessing-Bytes', 'GB', 0.5, 3, 'PutLogEvents', 'requests'),
			usage('TimedStorage-ByteHrs', 'GB-Mo', 0.03, 1, 'HourlyStorageMetering', 'steady'),
			usage('CW:Requests', 'Requests', 0.00001, 0.5, 'GetMetricData', 'requests'),
			usage('CW:AlarmMonitorUsage', 'Alarms', 0.1, 0.4, 'Unknown', 'steady'),
			usage('VendedLog-Bytes', 'GB', 0.5, 1, 'PutLogEvents', 'requests'),
			usage('CW:GMD-Metrics', 'Metrics', 0.00001, 0.3, 'GetMetricData', 'requests'),
		],
	},
	{
		name: 'Amazon Virtual Private Cloud',
		code: 'AmazonVPC',
		global: false,
		usageTypes: [
			usage('PublicIPv4:InUseAddress', 'Hrs', 0.005, 1, 'AssociateAddressVPC', 'steady'),
			usage('VpcEndpoint-Hours', 'Hrs', 0.01, 1, 'VpcEndpoint', 'steady'),
			usage('VpcEndpoint-Bytes', 'GB', 0.01, 0.5, 'VpcEndpoint', 'requests'),
			usage('TransitGateway-Hours', 'Hrs', 0.05, 1.5, 'TransitGatewayVPC', 'steady'),
			usage('TransitGateway-Bytes', 'GB', 0.02, 1.5, 'TGWAttachmentUsage', 'requests'),
		],
	},
	{
		name: 'AWS Key Management Service',
		code: 'awskms',
		global: false,
		usageTypes: [
			usage('KMS-Keys', 'Keys', 1 / 30, 1, 'CreateKey', 'steady'),
			usage('KMS-Requests', 'Requests', 0.000003, 1, 'Decrypt', 'requests'),
			usage('KMS-Requests-GenerateDatakeyPair-RSA', 'Requests', 0.0001, 0.1, 'GenerateDataKeyPair', 'requests'),
		],
	},
	{
		name: 'Amazon Elastic Load Balancing',
		code: 'AWSELB',
		global: false,
		usageTypes: [
			usage('LoadBalancerUsage', 'Hrs', 0.0225, 1, 'LoadBalancing:Application', 'steady'),
			usage('LCUUsage', 'LCU-Hrs', 0.008, 1.5, 'LoadBalancing:Application', 'requests'),
		],
	},
	{
		name: 'Amazon ElastiCache',
		code: 'AmazonElastiCache',
		global: false,
		usageTypes: [
			usage('NodeUsage:cache.r6g.large', 'Hrs', 0.206, 2, 'CreateCacheCluster:0002', 'steady', {instanceType: 'cache.r6g.large', cacheEngine: 'Redis'}),
			usage('NodeUsage:cache.t4g.medium', 'Hrs', 0.065, 0.5, 'CreateCacheCluster:0002', 'steady', {instanceType: 'cache.t4g.medium', cacheEngine: 'Redis'}),
		],
	},
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

export function demoServiceByName(name: string): DemoService {
	const service = DEMO_SERVICES.find(candidate => candidate.name === name);
	if (!service) throw new Error(`The demo catalogue has no service "${name}".`);
	return service;
}
