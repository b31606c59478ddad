package org.bashke.monitoring.web;

import org.bashke.portal.OpenDataset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Monitoring's datasets on the portal's {@code /open-data} page, each described by monitoring's OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class MonitoringOpenDatasets {

    static final String OPENAPI = "/monitoring/open-data/openapi.json";

    @Bean
    OpenDataset monitoringObligationsDataset() {
        return dataset("monitoring.openData.obligations", "/monitoring/obligations.csv", "/monitoring/obligations.json");
    }

    @Bean
    OpenDataset monitoringUpdatesDataset() {
        return dataset("monitoring.openData.updates", "/monitoring/open-data/updates.csv", "/monitoring/open-data/updates.json");
    }

    @Bean
    OpenDataset monitoringPlanDataset() {
        return dataset("monitoring.openData.plan", "/monitoring/open-data/plan.csv", "/monitoring/open-data/plan.json");
    }

    @Bean
    OpenDataset monitoringWorkPlansDataset() {
        return dataset("monitoring.openData.workPlans", "/monitoring/open-data/work-plans.csv", "/monitoring/open-data/work-plans.json");
    }

    private static OpenDataset dataset(String key, String csv, String json) {
        return new OpenDataset() {
            @Override
            public String nameKey() {
                return key;
            }

            @Override
            public String descriptionKey() {
                return key + ".description";
            }

            @Override
            public String csvUrl() {
                return csv;
            }

            @Override
            public String jsonUrl() {
                return json;
            }

            @Override
            public String dictionaryUrl() {
                return OPENAPI;
            }
        };
    }
}
