using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Expressions by precedence climbing, with Scriban's juxtaposition calls (<c>f a b</c>) and pipes.</summary>
public sealed partial class Parser
{
    private const int PrecedenceOfAdd = 100;
    private const int PrecedenceOfMultiply = 110;

    private ScriptExpression? ExpectAndParseExpression(ScriptNode? parent, ScriptExpression? parentExpression = null, int precedence = 0,
        string? message = null, ParseExpressionMode mode = ParseExpressionMode.Default, bool allowAssignment = true)
    {
        if (IsStartOfExpression())
        {
            return ParseExpression(parent, parentExpression, precedence, mode, allowAssignment);
        }
        LogError(parent, CurrentSpan, message ?? $"Expecting <expression> instead of `{GetTextForLog(Current)}`");
        return null;
    }

    private ScriptExpression? ParseExpression(ScriptNode? parent, ScriptExpression? parentExpression = null, int precedence = 0,
        ParseExpressionMode mode = ParseExpressionMode.Default, bool allowAssignment = true)
    {
        if (_isExpressionDepthLimitReached)
        {
            return null;
        }
        var expressionCount = 0;
        _expressionLevel++;
        var depthBefore = _expressionDepth;
        var enteringPrecedence = precedence;
        var originalMode = mode;
        if (mode == ParseExpressionMode.WhenExpression)
        {
            mode = ParseExpressionMode.Default;
        }
        EnterExpression();
        try
        {
            ScriptFunctionCall? functionCall = null;
        parseExpression:
            expressionCount++;
            if (_isExpressionDepthLimitReached)
            {
                return null;
            }
            var leftOperand = ParsePrimary(parent, functionCall, expressionCount, out var isBlockDelegate);
            if (leftOperand is null || isBlockDelegate)
            {
                return leftOperand;
            }
            var hasAnonymousFunction = leftOperand is ScriptAnonymousFunction;

            while (!hasAnonymousFunction)
            {
                if (Current.Type is TokenType.EndingInterpolatedString or TokenType.CloseInterpolatedBrace
                    or TokenType.ContinuationInterpolatedString or TokenType.OpenInterpolatedBrace)
                {
                    break;
                }
                if (_isLiquid && Current.Type == TokenType.Comma && functionCall is not null)
                {
                    NextToken();
                }

                if (Current.Type == TokenType.Dot || (!_isLiquid && Current.Type == TokenType.QuestionDot))
                {
                    var nextToken = PeekToken();
                    if (nextToken.Type != TokenType.Identifier)
                    {
                        LogError(nextToken, $"Invalid token `{nextToken.Type}`. The dot operator is expected to be followed by a plain identifier");
                        return leftOperand;
                    }
                    var member = ParseMemberAccess(leftOperand);
                    if (member is null)
                    {
                        return null;
                    }
                    leftOperand = member;
                    continue;
                }

                if (Current.Type is TokenType.DoublePlus or TokenType.DoubleMinus)
                {
                    if (!IsVariablePath(leftOperand))
                    {
                        LogError("The operand of an increment or decrement operator must be a variable, property or indexer");
                    }
                    var isIncrement = Current.Type == TokenType.DoublePlus;
                    NextToken();
                    leftOperand = new ScriptIncrementDecrementExpression
                    {
                        Target = leftOperand,
                        IsIncrement = isIncrement,
                        IsPostfix = true,
                        Span = SpanFrom(leftOperand.Span.Start),
                    };
                }

                if (Current.Type == TokenType.OpenBracket && (IsVariablePath(leftOperand) || leftOperand is ScriptLiteral or ScriptFunctionCall) && !IsPreviousCharWhitespace())
                {
                    leftOperand = ParseIndexer(leftOperand, functionCall, mode);
                    continue;
                }

                if (mode == ParseExpressionMode.BasicExpression)
                {
                    break;
                }

                if (mode != ParseExpressionMode.DefaultNoNamedArgument && Current.Type == TokenType.Colon)
                {
                    if (leftOperand is not ScriptVariable variable)
                    {
                        LogError(leftOperand.Span, "Expecting a simple global or local variable before `:` in order to create a named argument");
                        break;
                    }
                    var named = new ScriptNamedArgument { Name = variable.Name, Span = variable.Span };
                    NextToken();
                    named.Value = ExpectAndParseExpression(parent);
                    leftOperand = Finish(named, variable.Span.Start);
                    break;
                }

                if (Current.Type == TokenType.Equal && leftOperand is ScriptFunctionCall call && TryGetFunctionDeclaration(call, out var declaration))
                {
                    if (_expressionLevel > 1 || !allowAssignment)
                    {
                        LogError(leftOperand, "Creating a function is only allowed for a top level assignment");
                    }
                    NextToken();
                    declaration.Body = ParseExpressionStatement();
                    declaration.Span = SpanFrom(declaration.Span.Start);
                    leftOperand = new ScriptExpressionAsStatement { Statement = declaration, Span = declaration.Span };
                    break;
                }

                if (TryGetAssignmentOperator(out var compound))
                {
                    var assign = new ScriptAssignExpression { CompoundOperator = compound, Span = SpanOf(Current) with { Start = leftOperand.Span.Start } };
                    if (!IsVariablePath(leftOperand) || functionCall is not null || _expressionLevel > 1 || !allowAssignment)
                    {
                        LogError(assign, "Expression is only allowed for a top level assignment");
                    }
                    NextToken();
                    assign.Target = leftOperand;
                    assign.Value = ExpectAndParseExpression(assign, parentExpression);
                    leftOperand = Finish(assign, leftOperand.Span.Start);
                    break;
                }

                if (TryBinaryOperator(out var binaryOperator, out var newPrecedence) || (_isLiquid && TryLiquidBinaryOperator(out binaryOperator, out newPrecedence)))
                {
                    if (originalMode == ParseExpressionMode.WhenExpression && binaryOperator == ScriptBinaryOperator.Or)
                    {
                        break;
                    }
                    if (newPrecedence <= precedence)
                    {
                        if (enteringPrecedence == 0)
                        {
                            precedence = enteringPrecedence;
                            continue;
                        }
                        break;
                    }
                    EnterExpression();
                    var binary = new ScriptBinaryExpression { Left = leftOperand, Operator = binaryOperator, OperatorSpan = CurrentSpan };
                    NextToken();
                    binary.Right = ExpectAndParseExpression(binary, functionCall ?? parentExpression, newPrecedence,
                        $"Expecting an <expression> to the right of the operator instead of `{GetTextForLog(Current)}`", mode);
                    leftOperand = Finish(binary, leftOperand.Span.Start);
                    continue;
                }

                if (!_isLiquid && Current.Type == TokenType.Question)
                {
                    if (precedence > 0)
                    {
                        break;
                    }
                    if (functionCall is not null)
                    {
                        functionCall.Arguments.Add(leftOperand);
                        leftOperand = Finish(functionCall, functionCall.Span.Start);
                        functionCall = null;
                    }
                    var conditional = new ScriptConditionalExpression { Condition = leftOperand };
                    NextToken();
                    conditional.Then = ExpectAndParseExpression(conditional, mode: ParseExpressionMode.DefaultNoNamedArgument);
                    ExpectToken(TokenType.Colon);
                    conditional.Else = ExpectAndParseExpression(conditional, mode: ParseExpressionMode.DefaultNoNamedArgument);
                    leftOperand = Finish(conditional, leftOperand.Span.Start);
                    break;
                }

                if (IsStartOfExpression())
                {
                    if (parentExpression is not null)
                    {
                        break;
                    }

                    var container = parent as ScriptForStatement;
                    if (!_isScientific && Current.Type == TokenType.Identifier && (container is not null || (!_isLiquid && PeekToken().Type == TokenType.Colon)))
                    {
                        if (container is null)
                        {
                            if (functionCall is null)
                            {
                                functionCall = new ScriptFunctionCall { Target = leftOperand, Span = leftOperand.Span };
                            }
                            else
                            {
                                functionCall.Arguments.Add(leftOperand);
                            }
                        }
                        ParseNamedArguments(parent, container, functionCall);
                        if (container is not null || !IsStartOfExpression())
                        {
                            if (functionCall is not null)
                            {
                                leftOperand = Finish(functionCall, functionCall.Span.Start);
                                functionCall = null;
                            }
                            if (IsCurrentPipe())
                            {
                                continue;
                            }
                            break;
                        }
                        goto parseExpression;
                    }

                    var isExplicitCall = Current.Type == TokenType.OpenParen && !IsPreviousCharWhitespace();
                    if (functionCall is null || isExplicitCall)
                    {
                        if (_isScientific && !isExplicitCall)
                        {
                            if (PrecedenceOfMultiply <= precedence)
                            {
                                if (enteringPrecedence == 0)
                                {
                                    precedence = enteringPrecedence;
                                    continue;
                                }
                                break;
                            }
                            EnterExpression();
                            var implicitMultiply = new ScriptBinaryExpression { Left = leftOperand, Operator = ScriptBinaryOperator.Multiply, OperatorSpan = CurrentSpan };
                            implicitMultiply.Right = ExpectAndParseExpression(implicitMultiply, functionCall ?? parentExpression, PrecedenceOfMultiply,
                                $"Expecting an <expression> to the right of the operator instead of `{GetTextForLog(Current)}`");
                            leftOperand = Finish(implicitMultiply, leftOperand.Span.Start);
                            continue;
                        }

                        var pending = functionCall;
                        functionCall = new ScriptFunctionCall { Target = ToLiquidBuiltin(leftOperand), Span = leftOperand.Span };
                        if (isExplicitCall)
                        {
                            ParseExplicitArguments(functionCall);
                            leftOperand = Finish(functionCall, leftOperand.Span.Start);
                            functionCall = pending;
                            continue;
                        }
                    }
                    else
                    {
                        functionCall.Arguments.Add(leftOperand);
                        if (leftOperand is ScriptAnonymousFunction)
                        {
                            break;
                        }
                    }
                    goto parseExpression;
                }

                if (enteringPrecedence > 0)
                {
                    break;
                }

                if (!_isScientific && parent is ScriptPipeCall && functionCall is null && IsVariablePath(leftOperand))
                {
                    leftOperand = new ScriptFunctionCall { Target = leftOperand, Span = leftOperand.Span };
                }

                if (IsCurrentPipe())
                {
                    if (functionCall is not null)
                    {
                        functionCall.Arguments.Add(leftOperand);
                        leftOperand = Finish(functionCall, functionCall.Span.Start);
                        functionCall = null;
                    }
                    var pipe = new ScriptPipeCall { From = leftOperand };
                    _allowNewLineLevel++;
                    NextToken();
                    _allowNewLineLevel--;
                    pipe.To = ExpectAndParseExpression(pipe);
                    return Finish(pipe, leftOperand.Span.Start);
                }
                break;
            }

            if (functionCall is not null)
            {
                functionCall.Arguments.Add(leftOperand);
                return Finish(functionCall, functionCall.Span.Start);
            }
            return leftOperand;
        }
        finally
        {
            LeaveExpression();
            _expressionDepth = depthBefore;
            _expressionLevel--;
        }
    }

    /// <summary>In Liquid, a call of a filter name becomes a call of the builtin it stands for.</summary>
    private ScriptExpression ToLiquidBuiltin(ScriptExpression target)
    {
        if (!_isLiquid || !Options.LiquidFunctionsToScriban || target is not ScriptVariable { Scope: ScriptVariableScope.Global } variable
            || !Runtime.LiquidFilterNames.TryGetBuiltin(variable.Name, out var ns, out var member))
        {
            return target;
        }
        return new ScriptMemberExpression
        {
            Target = new ScriptVariable { Name = ns, Span = variable.Span },
            Member = member,
            MemberSpan = variable.Span,
            Span = variable.Span,
        };
    }

    private bool IsCurrentPipe() =>
        (_isScientific && Current.Type == TokenType.PipeGreater) || (!_isScientific && Current.Type == TokenType.VerticalBar) || Current.Type == TokenType.PipeGreater;

    private void ExpectToken(TokenType type)
    {
        if (Current.Type != type)
        {
            LogError(CurrentSpan, $"Unexpected token found `{GetTextForLog(Current)}` while expecting `{type.ToText()}`.");
        }
        NextToken();
    }

    private static bool IsVariablePath(ScriptExpression? expression) =>
        expression is ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression or ScriptThisExpression or ScriptNestedExpression;

    private bool IsStartOfExpression()
    {
        if (IsStartingAsUnaryExpression())
        {
            return true;
        }
        return Current.Type is TokenType.Identifier or TokenType.IdentifierSpecial or TokenType.Integer or TokenType.HexaInteger
            or TokenType.BinaryInteger or TokenType.Float or TokenType.String or TokenType.BeginInterpolatedString
            or TokenType.ContinuationInterpolatedString or TokenType.EndingInterpolatedString or TokenType.InterpolatedString
            or TokenType.ImplicitString or TokenType.VerbatimString or TokenType.OpenParen or TokenType.OpenBrace or TokenType.OpenBracket;
    }

    private bool IsStartingAsUnaryExpression() => Current.Type switch
    {
        TokenType.Exclamation or TokenType.Minus or TokenType.Plus or TokenType.Arroba or TokenType.DoublePlus or TokenType.DoubleMinus => true,
        TokenType.Caret => !_isScientific,
        TokenType.DoubleCaret => _isScientific,
        _ => false,
    };
}
