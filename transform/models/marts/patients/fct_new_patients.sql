with

patients as (
    select * from {{ ref('dim_patients') }}
),

referral_attachments as (
    select * from {{ ref('stg_opendental__referral_attachments') }}
),

referrals as (
    select * from {{ ref('stg_opendental__referrals') }}
),

-- The patient's first "referred from" source: the lowest display order.
first_referrals as (
    select distinct on (practice_id, patient_id)
        practice_id,
        patient_id,
        referral_id
    from referral_attachments
    where referral_type = 'ReferredFrom'
        and not is_deleted
        and patient_id is not null
    order by practice_id, patient_id, display_order, referral_attachment_id
),

new_patients as (
    select
        patients.practice_id,
        patients.patient_id,
        patients.first_visit_date,
        date_trunc('month', patients.first_visit_date)::date as first_visit_month_start_date,
        patients.last_name,
        patients.first_name,
        patients.primary_provider_id,
        patients.has_insurance,
        first_referrals.referral_id,
        referrals.last_name
        || case when coalesce(referrals.first_name, '') = '' then '' else ', ' end
        || coalesce(referrals.first_name, '') as referral_source,
        -- Every completed procedure of the patient, of any date, as the report sums them.
        patients.lifetime_gross_production as production
    from patients
    left join first_referrals
        on patients.practice_id = first_referrals.practice_id
        and patients.patient_id = first_referrals.patient_id
    left join referrals
        on first_referrals.practice_id = referrals.practice_id
        and first_referrals.referral_id = referrals.referral_id
    where patients.first_visit_date <= {{ as_of_date() }}
        {%- if var('new_patients_exclude_no_production') %}
        and patients.lifetime_gross_production > 0
        {%- endif %}
),

final as (
    select * from new_patients
)

select * from final
