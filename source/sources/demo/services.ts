import {CORE_SERVICES} from './services-core.js';
import {MANAGED_SERVICES} from './services-managed.js';
import type {DemoService} from './usage-template.js';

export {
	type DemoService,
	type UsageShape,
	type UsageTemplate,
	EC2_COMPUTE,
	EC2_OTHER,
	SAVINGS_PLANS_SERVICE,
	SUPPORT_SERVICE,
	TAX_SERVICE,
} from './usage-template.js';

/**
 * The services the demo bills, spelled as Cost Explorer spells them, with the
 * usage types each one charges for (region prefix added per region later).
 */
export const DEMO_SERVICES: readonly DemoService[] = [...CORE_SERVICES, ...MANAGED_SERVICES];

export function demoServiceByName(name: string): DemoService {
	const service = DEMO_SERVICES.find(candidate => candidate.name === name);
	if (!service) throw new Error(`The demo catalogue has no service "${name}".`);
	return service;
}
