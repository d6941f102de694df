with

providers as (
    select * from {{ ref('stg_opendental__providers') }}
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
),

final as (
    select
        providers.practice_id,
        providers.provider_id,
        providers.abbreviation,
        providers.first_name,
        providers.last_name,
        concat_ws(
            ' ',
            nullif(providers.first_name, ''),
            nullif(providers.last_name, ''),
            nullif(providers.suffix, '')
        ) as full_name,
        specialties.item_name as specialty,
        providers.national_provider_id,
        providers.is_hygienist,
        providers.is_hidden,
        providers.is_not_person,
        providers.hourly_production_goal,
        providers.terminated_date,
        providers.terminated_date is null or providers.terminated_date > {{ as_of_date() }}
            as is_active
    from providers
    left join definitions as specialties
        on providers.practice_id = specialties.practice_id
        and providers.specialty_id = specialties.definition_id
    where not providers.is_deleted
)

select * from final
