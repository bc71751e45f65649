import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../electron/api/contract';
import { isCalendarDate, isCalendarDateTime } from '../../../electron/api/dates';
import { coreForEachTest } from '../../helpers/core';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2027-12-31', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2030-02-31', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-01', false],
    ['2027-01-01T10:00', false],
  ])('%s is a day of the calendar: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });

  it.each([
    ['2027-03-01T09:30', true],
    ['2027-03-01T23:59', true],
    ['2027-02-29T09:30', false],
    ['2027-03-01T24:00', false],
    ['2027-03-01T09:60', false],
  ])('%s is a local date and time: %s', (text, valid) => {
    expect(isCalendarDateTime(text)).toBe(valid);
  });
});

describe('every date in the contract is calendar-checked', () => {
  const { start, issues } = coreForEachTest();
  const id = randomUUID();

  it.each<[Channel, unknown, string]>([
    ['processes.create', { smeId: id, title: 'P', language: 'en', startDate: '2023-02-29' }, 'startDate'],
    ['processes.nextCycle', { id, title: 'Next', startDate: '2030-02-31' }, 'startDate'],
    ['workshops.update', { id, data: { plannedAt: '2027-02-30T10:00' } }, 'data.plannedAt'],
    ['workshops.setHomework', { id, items: [{ task: 'Read', dueDate: '2027-06-31' }] }, 'items.0.dueDate'],
    ['workshops.upcoming', { from: '2023-02-29', to: '2027-03-01' }, 'from'],
    ['evaluations.create', { processId: id, data: { kind: 'baseline', takenOn: '2023-02-29' } }, 'data.takenOn'],
    ['measurements.save', { indicatorId: id, data: { measuredOn: '2030-02-31', value: 1 } }, 'data.measuredOn'],
    ['reviews.save', { processId: id, data: { heldOn: '2027-04-31' } }, 'data.heldOn'],
    ['strategy.progressPdf', { processId: id, from: '2023-02-29', to: '2027-03-01' }, 'from'],
  ])('%s refuses an impossible date', async (channel, payload, field) => {
    start();
    expect(await issues(channel, payload)).toMatchObject({ [field]: 'invalid_date' });
  });
});
