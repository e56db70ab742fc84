package org.salescycle.stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Finds every element of a deployed process that declares a {@code stage} extension property and
 * attaches a {@link StageRecorder} to its start. A step added in Modeler with such a property is
 * tracked without any Java change; an unknown stage name fails the deployment with a clear message.
 */
class StageTrackingParseListener extends AbstractBpmnParseListener {

  static final String STAGE_PROPERTY = "stage";
  static final String REASON_PROPERTY = "reason";

  private final StageHistory history;
  private final List<StageObserver> observers;

  StageTrackingParseListener(StageHistory history, List<StageObserver> observers) {
    this.history = history;
    this.observers = observers;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    attachRecorders(processElement, processDefinition);
  }

  private void attachRecorders(Element element, ProcessDefinitionEntity processDefinition) {
    for (Element child : element.elements()) {
      Map<String, String> properties = extensionProperties(child);
      String stage = properties.get(STAGE_PROPERTY);
      if (stage != null) {
        String id = child.attribute("id");
        ActivityImpl activity = processDefinition.findActivity(id);
        if (activity == null) {
          throw new IllegalArgumentException(
              "Element '%s' declares a stage but is not a flow node".formatted(id));
        }
        var declaration = new StageDeclaration(
            Stage.fromModel(stage, id), expression(properties.get(REASON_PROPERTY)));
        activity.addListener(ExecutionListener.EVENTNAME_START,
            new StageRecorder(declaration, history, observers));
      }
      if ("subProcess".equals(child.getTagName())) {
        attachRecorders(child, processDefinition);
      }
    }
  }

  private static Map<String, String> extensionProperties(Element element) {
    Map<String, String> properties = new HashMap<>();
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return properties;
    }
    Element container = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (container == null) {
      return properties;
    }
    for (Element property : container.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      properties.put(property.attribute("name"), property.attribute("value"));
    }
    return properties;
  }

  private static Expression expression(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text);
  }
}
