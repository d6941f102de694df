with

appointments as (
    select * from {{ ref('stg_opendental__appointments') }}
    where not is_deleted
),

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
    where not is_deleted
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
    where not is_deleted
),

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
    where not is_deleted
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
    where not is_deleted
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
    where not is_deleted
),

providers as (
    select * from {{ ref('stg_opendental__providers') }}
    where not is_deleted
),

-- By appointment status: appointments still marked Broken (those sent to the unscheduled
-- list or deleted are not).
by_status as (
    select
        appointments.practice_id,
        'AppointmentStatus' as broken_method,
        appointments.appointment_id as source_id,
        appointments.scheduled_date as broken_date,
        appointments.patient_id,
        appointments.provider_id,
        appointments.hygienist_id,
        appointments.clinic_id,
        appointments.is_hygiene,
        null::text as procedure_code,
        null::numeric as amount
    from appointments
    inner join patients
        on appointments.practice_id = patients.practice_id
        and appointments.patient_id = patients.patient_id
    where appointments.appointment_status = 'Broken'
),

-- By procedure: the missed (D9986) and cancelled (D9987) appointment charges completed.
by_procedure as (
    select
        procedures.practice_id,
        'Procedure' as broken_method,
        procedures.procedure_id as source_id,
        procedures.procedure_date as broken_date,
        procedures.patient_id,
        procedures.provider_id,
        null::bigint as hygienist_id,
        procedures.clinic_id,
        null::boolean as is_hygiene,
        procedure_codes.procedure_code,
        procedures.procedure_fee as amount
    from procedures
    inner join procedure_codes
        on procedures.practice_id = procedure_codes.practice_id
        and procedures.procedure_code_id = procedure_codes.procedure_code_id
    inner join patients
        on procedures.practice_id = patients.practice_id
        and procedures.patient_id = patients.patient_id
    inner join providers
        on procedures.practice_id = providers.practice_id
        and procedures.provider_id = providers.provider_id
    where procedures.procedure_status = 'Complete'
        and procedure_codes.procedure_code in ('D9986', 'D9987')
),

-- By adjustment: adjustments of the office's broken-appointment type(s).
by_adjustment as (
    select
        adjustments.practice_id,
        'Adjustment' as broken_method,
        adjustments.adjustment_id as source_id,
        adjustments.adjustment_date as broken_date,
        adjustments.patient_id,
        adjustments.provider_id,
        null::bigint as hygienist_id,
        adjustments.clinic_id,
        null::boolean as is_hygiene,
        null::text as procedure_code,
        adjustments.adjustment_amount as amount
    from adjustments
    inner join definitions
        on adjustments.practice_id = definitions.practice_id
        and adjustments.adjustment_type_id = definitions.definition_id
    inner join patients
        on adjustments.practice_id = patients.practice_id
        and adjustments.patient_id = patients.patient_id
    inner join providers
        on adjustments.practice_id = providers.practice_id
        and adjustments.provider_id = providers.provider_id
    where definitions.category_code = 1
        and definitions.item_name in (
            {%- for name in var('broken_appointment_adjustment_types') %}
            '{{ name }}'{{ "," if not loop.last }}
            {%- endfor %}
        )
),

final as (
    select * from by_status
    union all
    select * from by_procedure
    union all
    select * from by_adjustment
)

select * from final
where broken_date <= {{ as_of_date() }}
