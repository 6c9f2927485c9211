/** How the demo describes a usage type, and the helpers its service lists are written with. */

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

export const usage = (
	usageType: string,
	unit: string,
	unitPrice: number,
	weight: number,
	operation: string,
	shape: UsageShape,
	extra: Partial<UsageTemplate> = {},
): UsageTemplate => ({usageType, unit, unitPrice, weight, operation, shape, ...extra});

export const ec2Instance = (type: string, price: number, weight: number, platform = 'Linux/UNIX'): UsageTemplate =>
	usage(`BoxUsage:${type}`, 'Hrs', price, weight, platform === 'Windows' ? 'RunInstances:0002' : 'RunInstances', 'elastic', {
		instanceType: type,
		platform,
		usageTypeGroup: 'EC2: Running Hours',
	});

export const rdsInstance = (type: string, price: number, weight: number, engine: string, multiAz = false): UsageTemplate =>
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

