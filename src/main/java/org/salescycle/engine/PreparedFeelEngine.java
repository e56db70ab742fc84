package org.salescycle.engine;

import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine for the decision tables (feel-scala, with Camunda's value mappers and
 * custom functions) with its built-in functions built once per engine and each expression parsed
 * once, then only interpreted, because feel-scala 1.19 does both on every evaluation; switched by
 * {@code sales-cycle.engine.prepared-feel} ({@link PreparedFeel}).
 *
 * <p>The same parser, validation, interpreter and value mapping as Camunda's, so a decision gives
 * the same result and the same errors.
 */
public class PreparedFeelEngine extends ScalaFeelEngine {

  /** Parsed expressions kept; more distinct texts than this start the cache afresh. */
  static final int MAX_PREPARED = 10_000;

  // Assigned by buildFeelEngine, which the superclass constructor calls, so they cannot be final
  // and must not have initializers (those would run afterwards and overwrite them).
  private ValueMapper valueMapper;
  private FunctionProvider functions;
  private FeelInterpreter interpreter;

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  public PreparedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  protected FeelEngine buildFeelEngine(
      CustomFunctionTransformer customFunctions, ValueMapper.CompositeValueMapper valueMapper) {
    this.valueMapper = valueMapper;
    this.functions = new FunctionProvider.CompositeFunctionProvider(toScalaList(
        new BuiltinFunctions(FeelEngine.defaultClock(), valueMapper), customFunctions));
    this.interpreter = new FeelInterpreter(valueMapper);
    return super.buildFeelEngine(customFunctions, valueMapper);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    var parsed = prepared(expressions, expression, feelEngine::parseExpression);
    var variableProvider = new ContextVariableWrapper(variables);
    return (T) evaluate(parsed, contextOf(variableProvider));
  }

  @Override
  public boolean evaluateSimpleUnaryTests(
      String expression, String inputVariable, VariableContext variables) {
    var parsed = prepared(unaryTests, expression, feelEngine::parseUnaryTests);
    VariableProvider variableProvider = new VariableProvider.CompositeVariableProvider(toScalaList(
        new VariableProvider.StaticVariableProvider(
            new camundajar.impl.scala.collection.immutable.Map.Map1<>(
                INPUT_VARIABLE_NAME, inputVariable)),
        new ContextVariableWrapper(variables)));
    // A unary test that yields null (e.g. a comparison with a missing value) does not match.
    return Boolean.TRUE.equals(evaluate(parsed, contextOf(variableProvider)));
  }

  private ParsedExpression prepared(Map<String, ParsedExpression> cache, String expression,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    var parsed = cache.get(expression);
    if (parsed != null) {
      return parsed;
    }
    var result = parser.apply(expression);
    if (result.isLeft()) {
      throw failure(result.left().toOption().get().message());
    }
    if (cache.size() >= MAX_PREPARED) {
      cache.clear();
    }
    parsed = result.toOption().get();
    cache.put(expression, parsed);
    return parsed;
  }

  private Object evaluate(ParsedExpression parsed, Context variables) {
    EvalContext context = EvalContext.create(valueMapper, functions).merge(variables);
    Val result;
    try {
      result = interpreter.eval(parsed.expression(), context);
    } catch (RuntimeException e) {
      throw failure("failed to evaluate expression '" + parsed.text() + "' : " + e);
    }
    var failedAssertion = assertionFailure(context);
    if (failedAssertion != null) {
      throw failure("Assertion failure on evaluate the expression '" + parsed.text() + "': "
          + failedAssertion);
    }
    var error = result instanceof ValError e ? e.error()
        : result instanceof ValFatalError e ? e.error() : null;
    if (error != null) {
      throw failure("failed to evaluate expression '" + parsed.text() + "': " + error);
    }
    return valueMapper.unpackVal(result);
  }

  private static String assertionFailure(EvalContext context) {
    for (EvaluationFailure failure
        : CollectionConverters.asJava(context.failureCollector().failures())) {
      if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
        return failure.failureMessage();
      }
    }
    return null;
  }

  private static FeelException failure(String message) {
    return LOGGER.evaluationException(message);
  }

  private static Context contextOf(VariableProvider variables) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    };
  }
}
