{#- Fails for every row whose aging buckets do not add up to its balance. -#}
{% test buckets_add_up_to_balance(model) %}
    select *
    from {{ model }}
    where balance_0_30 + balance_31_60 + balance_61_90 + balance_over_90 <> balance
{% endtest %}
