import {expect, test} from 'vitest';
import {fitName, shortServiceName} from '../../source/view/service-names.js';

test.each([
	['Amazon Elastic Compute Cloud - Compute', 'EC2'],
	['Amazon Simple Storage Service', 'S3'],
	['Amazon Relational Database Service', 'RDS'],
	['EC2 - Other', 'EC2 Other'],
	['Amazon Made Up Service', 'Made Up Service'],
	['us-east-1', 'us-east-1'],
	['Tax', 'Tax'],
])('%s is %s when short', (name, short) => {
	expect(shortServiceName(name)).toBe(short);
});

test('whole when it fits, short when not, cut last; the estimated mark is never cut off', () => {
	expect(fitName('Amazon Simple Storage Service', 40, true)).toBe('Amazon Simple Storage Service ~');
	expect(fitName('Amazon Simple Storage Service', 16, true)).toBe('S3 ~');
	expect(fitName('Amazon Simple Storage Service', 16)).toBe('S3');
	expect(fitName('USE1-DataTransfer-Regional-Bytes', 12, true)).toBe('USE1-Data… ~');
	expect([...fitName('USE1-DataTransfer-Regional-Bytes', 12, true)].length).toBe(12);
});

test('a row grouped two ways shortens each part on its own', () => {
	expect(fitName('Amazon Simple Storage Service · us-east-1', 20)).toBe('S3 · us-east-1');
	expect(fitName('Amazon Simple Storage Service · us-east-1', 10)).toBe('S3 · us-e…');
});
