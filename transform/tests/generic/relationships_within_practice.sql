{#-
    Like relationships, for keys that are unique only within a practice: every non-null value
    of column_name must exist as `field` in `to` for the same practice_id.
-#}
{% test relationships_within_practice(model, column_name, to, field) %}
    select
        child.practice_id,
        child.{{ column_name }}
    from {{ model }} as child
    left join {{ to }} as parent
        on child.practice_id = parent.practice_id
        and child.{{ column_name }} = parent.{{ field }}
    where child.{{ column_name }} is not null
        and parent.{{ field }} is null
{% endtest %}
