import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 業務の状況's drop-off per form step (issue #12): how many drafts of the municipality's residents
 * were last saved at each step, next to how many applications were submitted. Row-level security
 * lets only the resident read their own drafts, so the API (as `madoguchi_app`) cannot count
 * them: this function of the owner counts them for the municipality of the request's tenant
 * setting alone (`app_municipality()`, as the policies read it; none outside a staff scope), and
 * answers counts only, never a draft's id, resident or answers.
 *
 * A row per procedure and step with drafts saved since `p_since` (`step_id` null: saved before the
 * first step was recorded), each carrying the procedure's submissions since `p_since`; a procedure
 * with submissions and no draft has one row with a null step and no drafts.
 */
export class DraftStepCounts1765500000800 implements MigrationInterface {
  name = 'DraftStepCounts1765500000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION draft_step_counts(p_since timestamptz)
        RETURNS TABLE (procedure_id text, step_id text, drafts integer, submitted integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $$
          WITH tenant AS (SELECT public.app_municipality() AS code),
          draft_counts AS (
            SELECT d.procedure_id, d.step_id, count(*)::int AS drafts
              FROM public.drafts d, tenant t
             WHERE d.municipality_code = t.code AND d.updated_at >= p_since
             GROUP BY d.procedure_id, d.step_id
          ),
          submitted_counts AS (
            SELECT a.procedure_id, count(*)::int AS submitted
              FROM public.applications a, tenant t
             WHERE a.municipality_code = t.code AND a.status <> 'draft'
               AND a.submitted_at >= p_since
             GROUP BY a.procedure_id
          )
          SELECT COALESCE(d.procedure_id, s.procedure_id), d.step_id,
                 COALESCE(d.drafts, 0), COALESCE(s.submitted, 0)
            FROM draft_counts d
            FULL JOIN submitted_counts s ON s.procedure_id = d.procedure_id
        $$;
      REVOKE EXECUTE ON FUNCTION draft_step_counts(timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION draft_step_counts(timestamptz) TO madoguchi_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION draft_step_counts(timestamptz)');
  }
}
