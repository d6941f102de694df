{#-
    Production builds each folder into the schema it names (staging, intermediate, marts);
    every other target prefixes it with the target's schema, as dbt does by default (dev:
    dev_staging, dev_marts), so only a production build writes what the office reads.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif target.name == 'prod' -%}
        {{ custom_schema_name | trim }}
    {%- else -%}
        {{ target.schema }}_{{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
