/*  us_acts.pl -- which recognition statute each modelled US state follows.

    us_act(State, Act, From, To, Source, Status)
      Act  ufcmjra2005   Uniform Foreign-Country Money Judgments
                         Recognition Act (2005)
           ny_cplr53_1970 New York CPLR art. 53 as enacted in 1970 (based
                         on the 1962 Uniform Act)
    State 'US' is the common position of the states that adopted the 2005
    Act (case-format.md, "States").
*/
:- module(us_acts, [us_act/6]).

%!  us_act(?State, ?Act, ?From, ?To, ?Source, ?Status) is nondet.

us_act('US', ufcmjra2005, '2005-07-01', open, u1,
       unconfirmed("the common position is dated from the Act's promulgation by the Uniform Law Commission in 2005")).
us_act('US-NY', ny_cplr53_1970, '1970-09-01', '2021-06-11', u4,
       unconfirmed("the date CPLR art. 53 took effect in 1970 is not confirmed")).
us_act('US-NY', ufcmjra2005, '2021-06-11', open, u5,
       unconfirmed("Chapter 127 of the Laws of 2021 was signed in June 2021; the exact day it took effect is not confirmed")).
