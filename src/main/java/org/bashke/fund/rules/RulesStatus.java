package org.bashke.fund.rules;

public enum RulesStatus {
    DRAFT, PUBLISHED
}
