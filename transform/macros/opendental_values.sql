{#- OpenDental stores an empty date as 0001-01-01; anything before 1880 is treated as empty. -#}
{% macro clean_date(column_name) -%}
    case when {{ column_name }} >= date '1880-01-01' then {{ column_name }} end
{%- endmacro %}

{% macro clean_timestamp(column_name) -%}
    case when {{ column_name }} >= timestamp '1880-01-01' then {{ column_name }} end
{%- endmacro %}

{#- Money is a double in OpenDental: numeric dollars, rounded to the cent. -#}
{% macro to_dollars(column_name) -%}
    round({{ column_name }}::numeric, 2)
{%- endmacro %}
