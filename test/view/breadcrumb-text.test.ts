import {expect, test} from 'vitest';
import {breadcrumbText} from '../../source/view/breadcrumb-text.js';

const parts = ['All', 'SERVICE: Amazon Elastic Compute Cloud - Compute', 'USAGE_TYPE: USE1-BoxUsage:m5.xlarge', 'REGION: us-east-1'];

test('whole when it fits', () => {
	expect(breadcrumbText(['All', 'SERVICE: EC2'], ' › by REGION', 80)).toEqual({trail: 'All › SERVICE: EC2', tail: ' › by REGION'});
});

test('cut from the left: the current level and the "by" tail stay', () => {
	const {trail, tail} = breadcrumbText(parts, ' › by LINKED_ACCOUNT', 94);
	expect(trail).toBe('… › SERVICE: EC2 › USAGE_TYPE: USE1-BoxUsage:m5.xlarge › REGION: us-east-1');
	expect(tail).toBe(' › by LINKED_ACCOUNT');
	expect([...`${trail}${tail}`].length).toBeLessThanOrEqual(94);
	expect(breadcrumbText(parts, ' › by LINKED_ACCOUNT', 96).trail.startsWith('All › SERVICE: EC2 › ')).toBe(true);
	expect(breadcrumbText(parts, ' › by LINKED_ACCOUNT', 90).trail).toBe('… › USAGE_TYPE: USE1-BoxUsage:m5.xlarge › REGION: us-east-1');
});

test('a long service name is shortened before any level is cut', () => {
	expect(breadcrumbText(parts.slice(0, 2), ' › by USAGE_TYPE', 60)).toEqual({trail: 'All › SERVICE: EC2', tail: ' › by USAGE_TYPE'});
});

test('in a very narrow window even the current level is cut from its left', () => {
	const {trail, tail} = breadcrumbText(['All', 'USAGE_TYPE: USE1-DataTransfer-Regional-Bytes'], ' › by REGION', 40);
	expect(trail.startsWith('…')).toBe(true);
	expect(trail.endsWith('Regional-Bytes')).toBe(true);
	expect(tail).toBe(' › by REGION');
	expect([...`${trail}${tail}`].length).toBeLessThanOrEqual(40);
});
