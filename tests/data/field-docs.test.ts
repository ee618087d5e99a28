import { describe, expect, it } from 'vitest';
import { FIELD_DOCS } from '../../src/data/pipeline/field-docs.ts';
import { DATASETS, type DatasetSchema } from '../../src/data/pipeline/schemas.ts';
import { datasetResource } from '../../src/data/package.ts';
import * as f from '../../src/data/pipeline/fields.ts';

describe('field descriptions for the data package', () => {
  it('describe every column of every dataset schema', () => {
    for (const schema of DATASETS) {
      const doc = FIELD_DOCS[schema.name];
      expect(doc, schema.name).toBeDefined();
      for (const column of Object.keys(schema.columns)) expect(doc?.columns[column], `${schema.file} ${column}`).toBeTruthy();
    }
  });

  it('carry each column into the Table Schema with the rule the data step applies', () => {
    const schema = DATASETS.find((d) => d.name === 'acled-niger')!;
    const resource = datasetResource(schema, { name: schema.name, file: schema.file, rows: 1, sourceIds: [] }, []);
    const field = (name: string) => resource.schema.fields.find((x) => x.name === name);
    expect(field('period_start')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('incidents')).toMatchObject({ type: 'integer', constraints: { minimum: 0 } });
    expect(field('incidents')?.constraints).not.toHaveProperty('required');
    expect(field('event_type')?.constraints?.enum).toContain('battles');
    expect(resource.schema.primaryKey).toEqual(schema.key);
  });

  it('stop the build on a column nobody described', () => {
    const schema: DatasetSchema = { ...DATASETS[0]!, columns: { ...DATASETS[0]!.columns, mystery: f.optionalText } };
    expect(() => datasetResource(schema, { name: schema.name, file: schema.file, rows: 1, sourceIds: [] }, [])).toThrow(/describe column "mystery"/);
  });
});
